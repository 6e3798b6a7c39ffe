package de.lotse.system;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import de.lotse.migration.CaseParts;
import de.lotse.migration.ExportRun;
import de.lotse.migration.IdMapping;
import de.lotse.migration.ImportRun;
import de.lotse.migration.IntakePart;
import de.lotse.migration.ServiceClient;
import de.lotse.migration.demo.DemoHistory;
import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Running cases taken over with their history (docs/import.md), end to end: the import client against intake and
 * planning as real processes, reporting judging the imported past from the events alone. Under PANKOW a case
 * admitted 25 months ago without an extension is past its maximum duration and a year of contacts with one gap of
 * nine and a half weeks misses the contact density; under TAH a case of 37 months with a running AGH is not past
 * it (docs/domain.md §7.1, §8.2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportSystemIT {
    private static final String TEAM = "team-fm-1";

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String suffix = "_import_" + ProcessHandle.current().pid();
    private final LocalDate today = Today.inBerlin();
    private ServiceProcess intake;
    private ServiceProcess assessment;
    private ServiceProcess planning;
    private ServiceProcess network;
    private ServiceProcess reporting;

    @TempDir
    Path dir;

    @BeforeAll
    void startServices() {
        intake = new ServiceProcess("intake-service", infrastructure.createDatabase("intake" + suffix));
        planning = new ServiceProcess("planning-service", infrastructure.createDatabase("planning" + suffix))
                .env("INTAKE_URL", intake.url(""));
        assessment = new ServiceProcess("assessment-service", infrastructure.createDatabase("assessment" + suffix));
        network = new ServiceProcess("network-service", infrastructure.createDatabase("network" + suffix));
        reporting = new ServiceProcess("reporting-service", infrastructure.createDatabase("reporting" + suffix));
        ServiceProcess.startTogether(intake, assessment, planning, network, reporting);
    }

    @AfterAll
    void stopServices() {
        for (ServiceProcess service : new ServiceProcess[] {intake, assessment, planning, network, reporting}) {
            if (service != null) {
                service.close();
            }
        }
    }

    @Test
    void pankowsCaseOfTwentyFiveMonthsAndAContactGapAreFindingsTahsCaseWithARunningAghIsNot() throws Exception {
        String pankow = "jc-imp-p-" + UUID.randomUUID().toString().substring(0, 6);
        choosePolicy(pankow, "PANKOW");
        LocalDate longAgo = today.minusMonths(25);
        LocalDate aYearAgo = today.minusMonths(13);
        List<Map<String, Object>> gapped = new ArrayList<>();
        LocalDate day = aYearAgo.plusDays(7);
        for (int i = 1; i <= 12; i++) {
            gapped.add(contact("K-" + i, day));
            day = day.plusDays(i == 5 ? 66 : 28);
        }
        Path pankowFile = file(
                record("P-1", longAgo, everyFourWeeks(longAgo.plusDays(7)), List.of()),
                record("P-2", aYearAgo, gapped, List.of()));
        ImportRun.Summary imported = run(pankow, pankowFile);
        assertThat(imported.created()).isEqualTo(2);
        assertThat(imported.invalid()).isZero();

        String tah = "jc-imp-t-" + UUID.randomUUID().toString().substring(0, 6);
        choosePolicy(tah, "TAH");
        LocalDate threeYearsAgo = today.minusMonths(37);
        Map<String, Object> agh = Map.of(
                "sourceId", "M-1",
                "instrument", "AGH_16D",
                "title", "Arbeitsgelegenheit Stadtteilgarten",
                "startedOn", today.minusMonths(3).toString(),
                "plannedEndOn", today.plusMonths(6).toString());
        // four-weekly contacts with one gap of eight weeks: a contact finding under TAH's monthly rule
        List<Map<String, Object>> tahContacts = new ArrayList<>(everyFourWeeks(threeYearsAgo.plusDays(7)));
        tahContacts.remove(tahContacts.size() - 4);
        ImportRun.Summary tahImported = run(
                tah,
                file(
                        record("T-1", threeYearsAgo, tahContacts, List.of(agh)),
                        record("T-2", threeYearsAgo, tahContacts, List.of())));
        assertThat(tahImported.created()).isEqualTo(2);

        Map<String, List<String>> pankowFindings = awaitFindings(pankow, 2);
        assertThat(pankowFindings.get(caseIdOf(pankow, "P-1"))).contains("MAX_DURATION_EXCEEDED");
        assertThat(pankowFindings.get(caseIdOf(pankow, "P-2")))
                .contains("CONTACT_DENSITY_NOT_MET")
                .doesNotContain("MAX_DURATION_EXCEEDED");
        // reporting's view once every event of both cases is in: the case whose AGH runs is not past TAH's three
        // years, the one without it is (a state never reached fails the test after the wait)
        String withAgh = caseIdOf(tah, "T-1");
        String withoutAgh = caseIdOf(tah, "T-2");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    Map<String, List<String>> found = findings(tah);
                    List<String> ofWithAgh = found.getOrDefault(withAgh, List.of());
                    return ofWithAgh.contains("CONTACT_DENSITY_NOT_MET")
                            && !ofWithAgh.contains("MAX_DURATION_EXCEEDED")
                            && found.getOrDefault(withoutAgh, List.of()).contains("MAX_DURATION_EXCEEDED");
                });
    }

    /**
     * Art. 20 DSGVO, a change of system: what one Jobcenter holds, exported and taken over by an empty one, is the
     * same in every service — the second export equals the first but for the ids each installation gives.
     */
    @Test
    void anExportTakenOverByAnEmptyJobcenterGivesTheSameCasesInEveryService() throws Exception {
        String first = "jc-imp-a-" + UUID.randomUUID().toString().substring(0, 6);
        String second = "jc-imp-b-" + UUID.randomUUID().toString().substring(0, 6);
        choosePolicy(first, "PANKOW");
        choosePolicy(second, "PANKOW");
        Path history = dir.resolve("history.jsonl");
        try (Writer writer = Files.newBufferedWriter(history, StandardCharsets.UTF_8)) {
            DemoHistory.write(writer, 2026, 25, today.minusDays(1));
        }
        ImportRun.Summary imported = run(first, history);
        assertThat(imported.cases()).isEqualTo(25);
        assertThat(imported.created()).isEqualTo(imported.records()); // the cases, four partners, a consent form

        Path exported = export(first);
        assertThat(run(second, exported).created()).isEqualTo(imported.records());
        Path again = export(second);

        List<String> before = canonical(exported);
        List<String> after = canonical(again);
        assertThat(before).hasSize((int) imported.records());
        // each side's records the other lacks: both empty when the Jobcenters hold the same
        assertThat(without(after, before)).as("only in the second export").isEmpty();
        assertThat(without(before, after)).as("only in the first export").isEmpty();
        // and taking it over again changes nothing
        assertThat(run(second, exported).unchanged()).isEqualTo(imported.records());
    }

    private Path export(String jobcenter) throws Exception {
        String admin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
        IdMapping same = IdMapping.identity("Person");
        Path file = dir.resolve(jobcenter + ".jsonl");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new ExportRun(
                            new ServiceClient("intake", URI.create(intake.url("/")), admin, json),
                            CaseParts.targets(same, IdMapping.identity("Team"), service -> client(service, admin)),
                            json,
                            "all",
                            10)
                    .run(writer);
        }
        return file;
    }

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /**
     * The records of an export file with every id and sourceId replaced (each installation gives its own) and every list in a
     * fixed order, sorted: what must be equal when two Jobcenters hold the same.
     */
    private List<String> canonical(Path file) throws IOException {
        List<String> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add(json.writeValueAsString(sorted(json.readTree(line.replaceAll(UUID_PATTERN, "<id>")))));
        }
        records.sort(null);
        return records;
    }

    private static List<String> without(List<String> these, List<String> those) {
        List<String> rest = new ArrayList<>(these);
        those.forEach(rest::remove);
        return rest;
    }

    private JsonNode sorted(JsonNode node) throws IOException {
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                items.add(json.writeValueAsString(sorted(item)));
            }
            items.sort(null);
            ArrayNode array = json.createArrayNode();
            for (String item : items) {
                array.add(json.readTree(item));
            }
            return array;
        }
        if (node.isObject()) {
            ObjectNode object = json.createObjectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                // an item's sourceId in an export is its id in that installation (a uuid or a number)
                object.set(name, "sourceId".equals(name) ? TextNode.valueOf("<id>") : sorted(node.get(name)));
            }
            return object;
        }
        return node;
    }

    private ServiceClient client(String service, String token) {
        ServiceProcess process = Map.of("assessment", assessment, "planning", planning, "network", network)
                .get(service);
        return new ServiceClient(service, URI.create(process.url("/")), token, json);
    }

    // --- the file and the client

    private ImportRun.Summary run(String jobcenter, Path file) throws Exception {
        String admin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        IdMapping staff = IdMapping.identity("Person");
        ImportRun.Summary summary = new ImportRun(
                        file,
                        new ServiceClient("intake", URI.create(intake.url("/")), admin, json),
                        new IntakePart(staff, IdMapping.identity("Team")),
                        CaseParts.targets(staff, IdMapping.identity("Team"), service -> client(service, admin)),
                        json,
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        200,
                        4)
                .run(false, null);
        assertThat(List.of(summary.invalid(), summary.failed(), summary.incomplete()))
                .as(printed.toString(StandardCharsets.UTF_8))
                .containsOnly(0L);
        return summary;
    }

    private Path file(Map<String, Object>... records) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> record : records) {
            lines.append(json.writeValueAsString(record)).append('\n');
        }
        return Files.writeString(dir.resolve(UUID.randomUUID() + ".jsonl"), lines.toString());
    }

    private Map<String, Object> record(
            String sourceId,
            LocalDate admitted,
            List<Map<String, Object>> contacts,
            List<Map<String, Object>> measures) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Map<String, Object> record = new HashMap<>();
        record.put("formatVersion", 1);
        record.put("kind", "case");
        record.put("source", Map.of("system", "OPEN_PROSOZ", "id", sourceId));
        record.put(
                "customer",
                Map.of(
                        "customerNumber",
                        String.format("%03dI%06d", random.nextInt(1000), random.nextInt(1_000_000)),
                        "firstName",
                        "Kim",
                        "lastName",
                        "Import",
                        "dateOfBirth",
                        "1980-02-02"));
        record.put(
                "referral",
                Map.of(
                        "route",
                        "AV",
                        "referredOn",
                        admitted.minusDays(10).toString(),
                        "referredBy",
                        "av-bernd",
                        "team",
                        TEAM,
                        "reasons",
                        List.of("MIN_CRITERIA_MET"),
                        "applicationOn",
                        admitted.minusMonths(2).toString()));
        record.put(
                "admission",
                Map.of(
                        "decision",
                        "ADMITTED",
                        "decidedOn",
                        admitted.toString(),
                        "decidedBy",
                        "fm-anna",
                        "customerWilling",
                        true,
                        "jointCaseDiscussionOn",
                        admitted.minusDays(2).toString()));
        record.put("firstConsultation", Map.of("heldOn", admitted.plusDays(2).toString()));
        record.put("contacts", contacts);
        if (!measures.isEmpty()) {
            record.put("measures", measures);
        }
        return record;
    }

    private List<Map<String, Object>> everyFourWeeks(LocalDate from) {
        List<Map<String, Object>> contacts = new ArrayList<>();
        int i = 0;
        for (LocalDate day = from; day.isBefore(today); day = day.plusWeeks(4)) {
            contacts.add(contact("K-" + ++i, day));
        }
        return contacts;
    }

    private static Map<String, Object> contact(String sourceId, LocalDate on) {
        return Map.of("sourceId", sourceId, "occurredOn", on.toString(), "format", "IN_PERSON");
    }

    // --- the services

    private static String caseIdOf(String jobcenter, String sourceId) {
        return UUID.nameUUIDFromBytes(
                        ("lotse-import|" + jobcenter + "|OPEN_PROSOZ|" + sourceId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private void choosePolicy(String jobcenter, String preset) throws Exception {
        String admin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
        HttpResponse<String> response = send(
                "POST",
                intake.url("/api/policy/versions"),
                admin,
                "{\"basePreset\":\"" + preset
                        + "\",\"note\":\"Richtlinie seit 2020\",\"effectiveFrom\":\"2020-01-01\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    /** The team lead's list of the team's cases with their findings, once reporting knows {@code cases} of them. */
    private Map<String, List<String>> awaitFindings(String jobcenter, int cases) {
        Map<String, List<String>> findings = new HashMap<>();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    findings.clear();
                    findings.putAll(findings(jobcenter));
                    return findings.values().stream().filter(f -> !f.isEmpty()).count() >= cases;
                });
        return findings;
    }

    private Map<String, List<String>> findings(String jobcenter) throws Exception {
        String tl = TestTokens.user("tl-petra", "TL")
                .jobcenter(jobcenter)
                .team(TEAM)
                .sign();
        HttpResponse<String> response = send("GET", reporting.url("/api/quality/cases"), tl, null);
        if (response.statusCode() != 200) {
            return Map.of();
        }
        List<Map<String, Object>> cases = json.readValue(response.body(), new TypeReference<>() {});
        Map<String, List<String>> byCase = new HashMap<>();
        for (Map<String, Object> c : cases) {
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) c.getOrDefault("findings", List.of());
            byCase.put(String.valueOf(c.get("caseId")), found);
        }
        return byCase;
    }

    private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        request = body == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
