package de.lotse.intake.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Intake's import bodies ({@code Falluebernahme}) with sensible defaults, changed by the tests that need to. */
final class ImportFixtures {
    private ImportFixtures() {}

    /**
     * A case of Petra Beispiel from OPEN_PROSOZ, referred by av-bernd two weeks before fm-anna admitted it on
     * {@code admitted}, with the Einstiegsberatung a week later. Mutable, so that a test can change a part.
     */
    static Map<String, Object> admittedCase(String sourceId, String customerNumber, LocalDate admitted, String team) {
        Map<String, Object> record = new HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", sourceId));
        record.put(
                "customer",
                Map.of(
                        "customerNumber", customerNumber,
                        "firstName", "Petra",
                        "lastName", "Beispiel",
                        "dateOfBirth", "1979-05-14"));
        Map<String, Object> referral = new HashMap<>();
        referral.put("route", "AV");
        referral.put("referredOn", admitted.minusDays(14).toString());
        referral.put("referredBy", "av-bernd");
        referral.put("teamId", team);
        referral.put("reasons", List.of("MIN_CRITERIA_MET"));
        referral.put("applicationOn", admitted.minusMonths(2).toString());
        record.put("referral", referral);
        Map<String, Object> admission = new HashMap<>();
        admission.put("decision", "ADMITTED");
        admission.put("decidedOn", admitted.toString());
        admission.put("decidedBy", "fm-anna");
        admission.put("customerWilling", true);
        admission.put("jointCaseDiscussionOn", admitted.minusDays(3).toString());
        record.put("admission", admission);
        record.put("firstConsultation", Map.of("heldOn", admitted.plusDays(7).toString()));
        return record;
    }
}
