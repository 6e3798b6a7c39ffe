package de.lotse.network.imports;

import de.lotse.network.NetworkFixtures;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the network import scenarios share: a case admitted 14 months ago, the records and case parts they send, the
 * public views they read back.
 */
abstract class NetworkImportScenario extends NetworkFixtures {
    protected static final LocalDate ADMITTED = Today.inBerlin().minusMonths(14);

    @SuppressWarnings("unchecked")
    protected List<String> consentView(UUID caseId, String token) {
        Map<String, Object> file = get("/api/cases/" + caseId + "/consents", token);
        List<String> view = new ArrayList<>();
        ((List<Map<String, Object>>) file.get("consents"))
                .forEach(c -> view.add(c.get("status") + " " + c.getOrDefault("scopes", List.of()) + " "
                        + c.get("purposeCode") + " " + c.get("validFrom") + " " + c.get("validUntil") + " "
                        + c.get("recordedAt") + " " + c.get("endedAt")));
        ((List<Map<String, Object>>) file.get("history"))
                .forEach(h -> view.add(h.get("kind") + " " + h.get("occurredAt")));
        return view;
    }

    protected List<String> referralView(UUID caseId, String token) {
        return client
                .toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/cases/" + caseId + "/referrals").bearerAuth(token),
                        Argument.listOf(JSON_OBJECT))
                .stream()
                .map(r -> r.get("service") + " " + r.get("status") + " " + r.get("dueOn") + " " + r.get("startedOn")
                        + " " + r.get("endedOn") + " " + r.get("reasonCode") + " " + r.get("sentAt") + " "
                        + r.get("updatedAt"))
                .sorted()
                .toList();
    }

    protected Map<String, Object> caseRecord() {
        Map<String, Object> record = new HashMap<>();
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", "F-" + UUID.randomUUID()));
        List<String> three = List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT");
        Map<String, Object> limited = Map.of(
                "sourceId",
                "H-1",
                "action",
                "LIMITED",
                "on",
                ADMITTED.plusMonths(2).toString(),
                "scopes",
                List.of("APPOINTMENT_ATTENDANCE", "COMPLETION_OR_ABORT"));
        Map<String, Object> revoked = Map.of(
                "sourceId",
                "H-2",
                "action",
                "REVOKED",
                "on",
                ADMITTED.plusMonths(6).toString());
        Map<String, Object> refusal = new HashMap<>(Map.of(
                "sourceId",
                "E-2",
                "partner",
                Map.of("system", "OPEN_PROSOZ", "id", "P-2"),
                "form",
                Map.of("system", "OPEN_PROSOZ", "id", "F-1"),
                "decision",
                "REFUSED",
                "decidedOn",
                ADMITTED.plusMonths(1).toString(),
                "scopes",
                List.of("APPOINTMENT_ATTENDANCE"),
                "purpose",
                "SCHULDNERBERATUNG"));
        Map<String, Object> expiring =
                granted("E-3", "P-2", ADMITTED.plusMonths(3), List.of("APPOINTMENT_ATTENDANCE"), List.of());
        expiring.put("validUntil", ADMITTED.plusMonths(5).toString());
        expiring.put("purpose", "SCHULDNERBERATUNG");
        record.put(
                "consents",
                List.of(granted("E-1", "P-1", day(10), three, List.of(limited, revoked)), refusal, expiring));
        record.put(
                "partnerReferrals",
                List.of(
                        Map.of(
                                "sourceId",
                                "U-1",
                                "partner",
                                Map.of("system", "OPEN_PROSOZ", "id", "P-1"),
                                "service",
                                "ADDICTION_COUNSELLING",
                                "referredOn",
                                day(15).toString(),
                                "dueOn",
                                day(30).toString(),
                                "statusHistory",
                                List.of(
                                        status("S-1", "ACCEPTED", day(20)),
                                        status("S-2", "STARTED", day(25)),
                                        status("S-3", "COMPLETED", ADMITTED.plusMonths(5)))),
                        Map.of(
                                "sourceId",
                                "U-2",
                                "partner",
                                Map.of("system", "OPEN_PROSOZ", "id", "P-1"),
                                "service",
                                "ADDICTION_COUNSELLING",
                                "referredOn",
                                ADMITTED.plusMonths(4).toString(),
                                "statusHistory",
                                List.of(status(
                                        "S-4",
                                        "ACCEPTED",
                                        ADMITTED.plusMonths(4).plusDays(2))))));
        return record;
    }

    protected static Map<String, Object> status(String sourceId, String status, LocalDate on) {
        return Map.of("sourceId", sourceId, "status", status, "on", on.toString());
    }

    protected static Map<String, Object> granted(
            String sourceId, String partner, LocalDate on, List<String> scopes, List<Map<String, Object>> history) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("sourceId", sourceId);
        consent.put("partner", Map.of("system", "OPEN_PROSOZ", "id", partner));
        consent.put("form", Map.of("system", "OPEN_PROSOZ", "id", "F-1"));
        consent.put("decision", "GRANTED");
        consent.put("decidedOn", on.toString());
        consent.put("scopes", scopes);
        consent.put("purpose", "SUCHTBERATUNG");
        consent.put("validUntil", on.plusMonths(12).toString());
        consent.put("channel", "WRITTEN");
        consent.put("history", history);
        return consent;
    }

    protected static LocalDate day(int afterAdmission) {
        return ADMITTED.plusDays(afterAdmission);
    }

    static Map<String, Object> partnerRecord(String id, String name) {
        Map<String, Object> partner = new HashMap<>();
        partner.put("formatVersion", 1);
        partner.put("kind", "partner");
        partner.put("source", Map.of("system", "OPEN_PROSOZ", "id", id));
        partner.put("name", name);
        partner.put("type", "COUNSELLING_AGENCY");
        partner.put("services", List.of("ADDICTION_COUNSELLING"));
        partner.put("locations", List.of("Berliner Allee 1"));
        partner.put("active", true);
        return partner;
    }

    protected static Map<String, Object> debtRecord(String id) {
        Map<String, Object> partner = partnerRecord(id, "Schuldnerberatung Mitte");
        partner.put("services", List.of("DEBT_COUNSELLING"));
        return partner;
    }

    static Map<String, Object> formRecord(String id) {
        Map<String, Object> form = new HashMap<>();
        form.put("formatVersion", 1);
        form.put("kind", "consentForm");
        form.put("source", Map.of("system", "OPEN_PROSOZ", "id", id));
        form.put("code", "SPE_SUCHT");
        form.put("text", "Ich entbinde … von der Schweigepflicht");
        form.put(
                "scopes",
                List.of("APPOINTMENT_ATTENDANCE", "PARTICIPATION_DATES", "COMPLETION_OR_ABORT", "CONTACT_DETAILS"));
        form.put("purposes", List.of("SUCHTBERATUNG", "SCHULDNERBERATUNG"));
        form.put("validFrom", ADMITTED.minusYears(1).toString());
        return form;
    }

    protected UUID admittedLongAgo() {
        return admittedOn(ADMITTED);
    }

    protected UUID admittedOn(LocalDate admitted) {
        return admittedOn(jobcenter, admitted);
    }

    protected UUID admittedOn(String jobcenterId, LocalDate admitted) {
        UUID caseId = UUID.randomUUID();
        upstream.publish(
                jobcenterId,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(admitted)
                        .admittedAt(admitted.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(admitted)
                        .maxDurationEndsOn(admitted.plusMonths(24))
                        .build());
        awaitCaseReference(jobcenterId, caseId, c -> c.get("admittedOn") != null);
        return caseId;
    }

    protected Map<String, Object> put(String path, Object body, String token) {
        return client.toBlocking().retrieve(HttpRequest.PUT(path, body).bearerAuth(token), JSON_OBJECT);
    }

    protected String lastPayload(UUID caseId, String type) {
        return transactions.executeRead(status -> statements
                .query(
                        "select payload::text from outbox_event "
                                + "where aggregateid = :caseId and type = :type order by seq desc limit 1",
                        Params.of("caseId", caseId.toString()).and("type", type),
                        rs -> rs.getString(1))
                .get(0));
    }

    String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
    }

    @SuppressWarnings("unused")
    protected static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }
}
