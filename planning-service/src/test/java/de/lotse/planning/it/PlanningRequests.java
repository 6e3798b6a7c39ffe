package de.lotse.planning.it;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for planning's API with sensible valid defaults (Mother-style): each returns a fresh, mutable map,
 * so a test overrides only the field it is about.
 */
final class PlanningRequests {
    private PlanningRequests() {}

    /** A complete plan on the day: lead goal, one intermediate goal, a strategy for each need, one step due. */
    static Map<String, Object> plan(long version, List<UUID> needs, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put(
                "leadGoal",
                Map.of("text", "Arbeit als Fachlagerist in Teilzeit", "targetCategory", "PROFESSIONAL_COMPETENCE"));
        UUID goal = UUID.randomUUID();
        body.put(
                "intermediateGoals",
                List.of(Map.of(
                        "id",
                        goal,
                        "text",
                        "Wohnung gesichert",
                        "targetDate",
                        today.plusMonths(3).toString())));
        body.put(
                "strategies",
                needs.stream()
                        .map(need -> Map.of("needId", need, "text", "Strategie zum Bedarf", "intermediateGoalId", goal))
                        .toList());
        body.put(
                "steps",
                List.of(Map.of(
                        "text",
                        "Termin bei der Schuldnerberatung vereinbaren",
                        "owner",
                        "CUSTOMER",
                        "dueOn",
                        today.plusDays(14).toString())));
        return body;
    }

    /**
     * The terms of an agreement valid six months from the day, with no type: the form in force on its date applies
     * (the Kooperationsplan, docs/domain.md §15).
     */
    static Map<String, Object> agreementTerms(LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("validUntil", today.plusMonths(6).toString());
        body.put("jobcenterServices", List.of("Übernahme der Fahrtkosten zur Beratung"));
        body.put("customerObligations", List.of("Sie nehmen den Termin bei der Schuldnerberatung wahr."));
        return body;
    }

    /** A note the whole team may read (visibility GENERAL). */
    static Map<String, Object> generalNote() {
        return note("GENERAL", "Beratung zu Bewerbungen");
    }

    static Map<String, Object> note(String visibility, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("visibility", visibility);
        body.put("text", text);
        return body;
    }
}
