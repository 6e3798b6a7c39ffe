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
 * ({@code FalluebernahmePlanung}): contacts, measures, the plan, agreements, notes and continuation reviews (a
 * measure's partner follows with the network's import; a plan step's partner is passed by its source key, which
 * planning turns into the partner's derived id). Staff ({@code recordedBy}, {@code writtenBy}, {@code reviewedBy},
 * {@code decidedBy}) are mapped to Lotse's subjects. For the check before intake took the case over, it carries
 * the record's admission and closure days and the needs of its latest assessment (a strategy names a need by its
 * sourceId; planning checks the plan against these, and a write waits until assessment's events named them).
 */
public final class PlanningPart implements CasePart {
    /** The parts planning takes over today. */
    public static final List<String> PARTS = List.of("contacts", "measures", "plan", "agreements", "notes", "reviews");

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
        ObjectNode body = CasePart.bodyWithCaseDays(record);
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
                one.put(
                        "recordedBy",
                        staff.mapOrReport(
                                contact.get("recordedBy").asText(),
                                line,
                                RecordSchema.sourceKey(record),
                                "contacts[" + i + "].recordedBy",
                                problems));
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
        JsonNode latest = null;
        for (JsonNode assessment : record.path("assessments")) {
            if (latest == null
                    || assessment
                                    .path("assessedOn")
                                    .asText()
                                    .compareTo(latest.path("assessedOn").asText())
                            >= 0) {
                latest = assessment;
            }
        }
        if (latest != null) {
            ArrayNode needs = body.putArray("assessedNeeds");
            for (JsonNode need : latest.path("needs")) {
                ObjectNode one = needs.addObject();
                one.set("sourceId", need.get("sourceId"));
                if (need.has("status")) {
                    one.set("status", need.get("status"));
                }
            }
        }
        if (record.has("plan")) {
            body.set("plan", record.get("plan").deepCopy());
        }
        if (record.has("agreements")) {
            body.set("agreements", record.get("agreements").deepCopy());
        }
        if (record.has("notes")) {
            ArrayNode notes = body.putArray("notes");
            JsonNode givenNotes = record.path("notes");
            for (int i = 0; i < givenNotes.size(); i++) {
                ObjectNode one = (ObjectNode) givenNotes.get(i).deepCopy();
                notes.add(one);
                mapStaff(line, record, one, "writtenBy", "notes[" + i + "].writtenBy", problems);
            }
        }
        if (record.has("reviews")) {
            ArrayNode reviews = body.putArray("reviews");
            JsonNode givenReviews = record.path("reviews");
            for (int i = 0; i < givenReviews.size(); i++) {
                ObjectNode one = (ObjectNode) givenReviews.get(i).deepCopy();
                reviews.add(one);
                mapStaff(line, record, one, "reviewedBy", "reviews[" + i + "].reviewedBy", problems);
                if (one.get("teamLeadDecision") instanceof ObjectNode decision) {
                    mapStaff(
                            line,
                            record,
                            decision,
                            "decidedBy",
                            "reviews[" + i + "].teamLeadDecision.decidedBy",
                            problems);
                }
            }
        }
        return new Mapped(Optional.of(body), problems);
    }

    /** Replaces a staff reference by its Lotse subject, or names it as a problem. */
    private void mapStaff(
            long line, JsonNode record, ObjectNode item, String field, String path, List<Problem> problems) {
        if (item == null || !item.has(field)) {
            return;
        }
        item.put(
                field,
                staff.mapOrReport(item.get(field).asText(), line, RecordSchema.sourceKey(record), path, problems));
    }
}
