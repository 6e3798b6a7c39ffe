package de.lotse.assessment.assessments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies of the assessment API with valid defaults (a target occupation, one strength, an 18-month
 * prognosis, valid for six months from {@link AssessmentScenario#START}), so a test names only what it is about.
 */
final class AssessmentRequests {
    private AssessmentRequests() {}

    /** A complete assessment in the given profile (or category) with no needs. */
    static Assessment assessment(String profileCode) {
        return new Assessment(profileCode);
    }

    /** A need linked to the target occupation, of medium priority, with a description. */
    static Need need(String code, String status) {
        return need(null, code, status);
    }

    /** The same need again in a later version, by the id the first version gave it. */
    static Need need(Object needId, String code, String status) {
        return new Need(needId, code, "Beschreibung zu " + code, status, true);
    }

    /** The body of {@code POST /api/cases/{caseId}/assessments}; set what the test is about, keep the rest. */
    static final class Assessment {
        private final String profileCode;
        private List<Need> needs = List.of();
        private LocalDate validUntil = AssessmentScenario.START.plusMonths(6);
        private String targetOccupation = "Fachlagerist/in";
        private final Map<String, Object> optional = new LinkedHashMap<>();
        private final Map<String, Object> coRating = new LinkedHashMap<>();

        private Assessment(String profileCode) {
            this.profileCode = profileCode;
        }

        Assessment needs(Need... needs) {
            return needs(List.of(needs));
        }

        Assessment needs(List<Need> needs) {
            this.needs = List.copyOf(needs);
            return this;
        }

        Assessment validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** Leaves {@code validUntil} out of the body. */
        Assessment withoutValidUntil() {
            return validUntil(null);
        }

        Assessment targetOccupation(String title) {
            this.targetOccupation = title;
            return this;
        }

        Assessment categoryChange(String reason) {
            return set("categoryChangeReason", reason);
        }

        Assessment categoryChange(String reason, String note) {
            return categoryChange(reason).set("categoryChangeNote", note);
        }

        Assessment categoryChangeNote(String note) {
            return set("categoryChangeNote", note);
        }

        Assessment obstructionEndsOn(String day) {
            return set("obstructionEndsOn", day);
        }

        Assessment resubmissionOn(String day) {
            return set("resubmissionOn", day);
        }

        Assessment household(UUID... caseIds) {
            return set("householdCaseIds", List.of(caseIds));
        }

        /** One dimension of the co-rated scale, rated by the customer and the case manager. */
        Assessment coRating(String dimension, int customer, int caseManager) {
            coRating.put(dimension, Map.of("customer", customer, "caseManager", caseManager));
            return this;
        }

        private Assessment set(String field, Object value) {
            optional.put(field, value);
            return this;
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            if (validUntil != null) {
                body.put("validUntil", validUntil.toString());
            }
            body.put("targetOccupation", Map.of("title", targetOccupation, "kldbCode", "51311"));
            List<Map<String, Object>> needBodies = new ArrayList<>();
            needs.forEach(need -> needBodies.add(need.body()));
            body.put("needs", needBodies);
            body.put("strengths", List.of(Map.of("kind", "PERSONAL", "description", "zuverlässig, pünktlich")));
            body.put("prognosisHorizonMonths", 18);
            body.put("profileCode", profileCode);
            if (!coRating.isEmpty()) {
                body.put("coRating", coRating);
            }
            body.putAll(optional);
            return body;
        }
    }

    /** One need of an assessment; {@code needId} only when it continues a need of an earlier version. */
    record Need(Object needId, String code, String description, String status, boolean linkedToTargetOccupation) {
        Need description(String description) {
            return new Need(needId, code, description, status, linkedToTargetOccupation);
        }

        Need unlinked() {
            return new Need(needId, code, description, status, false);
        }

        Map<String, Object> body() {
            Map<String, Object> need = new LinkedHashMap<>();
            if (needId != null) {
                need.put("needId", needId);
            }
            need.put("code", code);
            need.put("description", description);
            need.put("status", status);
            need.put("priority", "MEDIUM");
            need.put("linkedToTargetOccupation", linkedToTargetOccupation);
            return need;
        }
    }
}
