package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The part of a case record that assessment keeps (docs/import.md), in the shape of assessment's import endpoint
 * ({@code FalluebernahmeAssessment}): the versions as the record has them, with the person who made a version mapped
 * to the identity provider's subject. For the check before intake took the case over, it carries the record's
 * admission and closure days.
 */
public final class AssessmentPart implements CasePart {
    /** The parts assessment takes over. */
    public static final List<String> PARTS = List.of("assessments");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IdMapping staff;

    public AssessmentPart(IdMapping staff) {
        this.staff = staff;
    }

    @Override
    public String service() {
        return "assessment";
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
        ArrayNode versions = body.putArray("assessments");
        JsonNode given = record.path("assessments");
        for (int i = 0; i < given.size(); i++) {
            // the schema allows no other fields: the version goes as it is, its author mapped
            ObjectNode version = given.get(i).deepCopy();
            if (version.has("assessedBy")) {
                version.put(
                        "assessedBy",
                        staff.mapOrReport(
                                version.get("assessedBy").asText(),
                                line,
                                RecordSchema.sourceKey(record),
                                "assessments[" + i + "].assessedBy",
                                problems));
            }
            versions.add(version);
        }
        return new Mapped(Optional.of(body), problems);
    }
}
