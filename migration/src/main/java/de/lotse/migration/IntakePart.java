package de.lotse.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of a case record that intake keeps (docs/import.md), in the shape of intake's import endpoint
 * ({@code Falluebernahme}): the customer, referral, admission, first consultation, assignments and closure,
 * with staff and teams mapped to Lotse's ids. Customer data goes to intake only.
 */
public final class IntakePart {
    /** The parts of a case record that other services keep ({@link CasePart}). */
    public static final List<String> OTHER_SERVICES_PARTS = List.of(
            "assessments",
            "plan",
            "agreements",
            "contacts",
            "notes",
            "measures",
            "reviews",
            "consents",
            "partnerReferrals");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The fields of an assignment that are the same in the format and in intake's shape (staff and team are mapped). */
    private static final String[] ASSIGNMENT_FIELDS = {
        "sourceId", "kind", "on", "until", "customerAgreed", "transferKind", "despiteRunningMeasures", "note"
    };

    private final IdMapping staff;
    private final IdMapping teams;

    public IntakePart(IdMapping staff, IdMapping teams) {
        this.staff = staff;
        this.teams = teams;
    }

    /** The intake body of a case record, and the problems of mapping its staff and teams. */
    public record Mapped(ObjectNode body, List<Problem> problems) {}

    public Mapped of(long line, JsonNode record) {
        List<Problem> problems = new ArrayList<>();
        String source = RecordSchema.sourceKey(record);
        Ids ids = new Ids(line, source, problems);
        ObjectNode body = NODES.objectNode();
        body.set("source", record.get("source"));
        body.set("customer", record.get("customer"));

        JsonNode r = record.get("referral");
        ObjectNode referral = copy(r, "route", "referredOn", "reasons", "note", "applicationOn", "benefitDecisionOn");
        referral.put("referredBy", ids.staff(r, "referredBy", "referral.referredBy"));
        referral.put("teamId", ids.team(r, "team", "referral.team"));
        body.set("referral", referral);

        JsonNode a = record.get("admission");
        if (a != null) {
            ObjectNode admission = copy(
                    a,
                    "decision",
                    "decidedOn",
                    "customerWilling",
                    "supportVariant",
                    "jointCaseDiscussionOn",
                    "declineReason",
                    "note");
            admission.put("decidedBy", ids.staff(a, "decidedBy", "admission.decidedBy"));
            body.set("admission", admission);
        }
        if (record.has("firstConsultation")) {
            body.set("firstConsultation", record.get("firstConsultation"));
        }
        JsonNode assignments = record.get("assignments");
        if (assignments != null) {
            ArrayNode mapped = body.putArray("assignments");
            for (int i = 0; i < assignments.size(); i++) {
                JsonNode assignment = assignments.get(i);
                ObjectNode one = copy(assignment, ASSIGNMENT_FIELDS);
                String field = "assignments[" + i + "]";
                if (assignment.has("team")) {
                    one.put("teamId", ids.team(assignment, "team", field + ".team"));
                }
                if (assignment.has("caseManager")) {
                    one.put("caseManagerId", ids.staff(assignment, "caseManager", field + ".caseManager"));
                }
                if (assignment.has("deputy")) {
                    one.put("deputyId", ids.staff(assignment, "deputy", field + ".deputy"));
                }
                mapped.add(one);
            }
        }
        JsonNode c = record.get("closure");
        if (c != null) {
            ObjectNode closure = copy(c, "closedOn", "reason", "afterCareUntil", "note");
            closure.put("closedBy", ids.staff(c, "closedBy", "closure.closedBy"));
            JsonNode h = c.get("handover");
            if (h != null) {
                ObjectNode handover = copy(h, "on", "teamLeadInvolved");
                handover.put("avId", ids.staff(h, "av", "closure.handover.av"));
                closure.set("handover", handover);
            }
            body.set("closure", closure);
        }
        return new Mapped(body, problems);
    }

    /**
     * A case record of the format from intake's export of a case ({@code ExportierterFall.record}, intake's import
     * shape): the inverse of {@link #of}, with Lotse's ids as they are (an export needs no mapping).
     */
    public static ObjectNode recordOf(JsonNode exported) {
        ObjectNode record = NODES.objectNode();
        record.put("formatVersion", 1).put("kind", "case");
        record.set("source", exported.get("source"));
        record.set("customer", withoutNulls(exported.get("customer")));
        JsonNode r = exported.get("referral");
        ObjectNode referral =
                copy(r, "route", "referredOn", "referredBy", "reasons", "note", "applicationOn", "benefitDecisionOn");
        referral.set("team", r.get("teamId"));
        record.set("referral", referral);
        if (present(exported, "admission")) {
            record.set(
                    "admission",
                    copy(
                            exported.get("admission"),
                            "decision",
                            "decidedOn",
                            "decidedBy",
                            "customerWilling",
                            "supportVariant",
                            "jointCaseDiscussionOn",
                            "declineReason",
                            "note"));
        }
        if (present(exported, "firstConsultation")) {
            record.set("firstConsultation", exported.get("firstConsultation"));
        }
        if (exported.path("assignments").size() > 0) {
            ArrayNode assignments = record.putArray("assignments");
            for (JsonNode a : exported.get("assignments")) {
                ObjectNode one = copy(a, ASSIGNMENT_FIELDS);
                if (present(a, "teamId")) {
                    one.set("team", a.get("teamId"));
                }
                if (present(a, "caseManagerId")) {
                    one.set("caseManager", a.get("caseManagerId"));
                }
                if (present(a, "deputyId")) {
                    one.set("deputy", a.get("deputyId"));
                }
                assignments.add(one);
            }
        }
        if (present(exported, "closure")) {
            JsonNode c = exported.get("closure");
            ObjectNode closure = copy(c, "closedOn", "reason", "closedBy", "afterCareUntil", "note");
            if (present(c, "handover")) {
                ObjectNode handover = copy(c.get("handover"), "on", "teamLeadInvolved");
                handover.set("av", c.get("handover").get("avId"));
                closure.set("handover", handover);
            }
            record.set("closure", closure);
        }
        return record;
    }

    private static boolean present(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    private static ObjectNode withoutNulls(JsonNode from) {
        ObjectNode to = NODES.objectNode();
        from.fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) {
                to.set(f.getKey(), f.getValue());
            }
        });
        return to;
    }

    private static ObjectNode copy(JsonNode from, String... fields) {
        ObjectNode to = NODES.objectNode();
        for (String field : fields) {
            if (present(from, field)) {
                to.set(field, from.get(field));
            }
        }
        return to;
    }

    private final class Ids {
        private final long line;
        private final String source;
        private final List<Problem> problems;

        Ids(long line, String source, List<Problem> problems) {
            this.line = line;
            this.source = source;
            this.problems = problems;
        }

        String staff(JsonNode node, String name, String field) {
            return mapped(IntakePart.this.staff, node.path(name).asText(), field);
        }

        String team(JsonNode node, String name, String field) {
            return mapped(IntakePart.this.teams, node.path(name).asText(), field);
        }

        private String mapped(IdMapping mapping, String id, String field) {
            return mapping.mapOrReport(id, line, source, field, problems);
        }
    }
}
