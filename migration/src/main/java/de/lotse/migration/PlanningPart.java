package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a case record that planning keeps (docs/import.md), in the shape of planning's import endpoint
 * ({@code FalluebernahmePlanung}): so far the contacts and measures (a measure's partner follows with the network's
 * import). For the check before intake took the case over, it carries
 * the record's admission and closure days.
 */
public final class PlanningPart implements CasePart {
    /** The parts planning takes over today. */
    public static final List<String> PARTS = List.of("contacts", "measures");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IdMapping staff;

    public PlanningPart(IdMapping staff) {
        this.staff = staff;
    }

    @Override
    public String service() {
        return "planning";
    }

    @Override
    public List<String> parts() {
        return PARTS;
    }

    @Override
    public Mapped of(long line, JsonNode record, FileCatalog catalog) {
        if (PARTS.stream().noneMatch(record::has)) {
            return new Mapped(Optional.empty(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        ObjectNode body = NODES.objectNode();
        body.set("source", record.get("source"));
        JsonNode admission = record.path("admission");
        if ("ADMITTED".equals(admission.path("decision").asText())) {
            body.set("admittedOn", admission.get("decidedOn"));
        }
        if (record.path("closure").has("closedOn")) {
            body.set("closedOn", record.path("closure").get("closedOn"));
        }
        ArrayNode contacts = body.putArray("contacts");
        JsonNode given = record.path("contacts");
        for (int i = 0; i < given.size(); i++) {
            JsonNode contact = given.get(i);
            ObjectNode one = contacts.addObject();
            for (String field : List.of("sourceId", "occurredOn", "format", "qualifiedNote")) {
                if (contact.has(field)) {
                    one.set(field, contact.get(field));
                }
            }
            if (contact.has("recordedBy")) {
                String id = contact.get("recordedBy").asText();
                Optional<String> mapped = staff.map(id);
                if (mapped.isEmpty()) {
                    problems.add(new Problem(
                            line,
                            RecordSchema.sourceKey(record),
                            "contacts[" + i + "].recordedBy",
                            "UNMAPPED_ID",
                            staff.what() + " „" + id + "“ steht nicht in der Zuordnungsdatei."));
                }
                one.put("recordedBy", mapped.orElse(id));
            }
        }
        ArrayNode measures = body.putArray("measures");
        for (JsonNode measure : record.path("measures")) {
            ObjectNode one = measures.addObject();
            for (String field :
                    List.of("sourceId", "instrument", "title", "startedOn", "plannedEndOn", "endedOn", "outcome")) {
                if (measure.has(field)) {
                    one.set(field, measure.get(field));
                }
            }
        }
        return new Mapped(Optional.of(body), problems);
    }
}
