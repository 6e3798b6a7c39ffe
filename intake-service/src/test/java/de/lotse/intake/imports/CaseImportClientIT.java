package de.lotse.intake.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.lotse.intake.IntakeIT;
import de.lotse.migration.IdMapping;
import de.lotse.migration.ImportRun;
import de.lotse.migration.IntakePart;
import de.lotse.migration.ServiceClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import client ({@code ./lotse import}, module migration) against this service over HTTP: a file with broken
 * records is checked whole, every problem is reported by line and field, no broken record is stored, the valid
 * ones are taken over, and running the same file again changes nothing. Each run is in the audit log with the
 * file's hash.
 */
@MicronautTest(transactional = false)
class CaseImportClientIT extends IntakeIT {
    private static final LocalDate ADMITTED = START.minusMonths(14);

    @Inject
    EmbeddedServer server;

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @BeforeEach
    void pankowSince2023() {
        post(
                "/api/policy/versions",
                admin(),
                Map.of("basePreset", "PANKOW", "note", "Richtlinie seit 2023", "effectiveFrom", "2023-01-01"));
    }

    @Test
    void brokenRecordsAreAllReportedNoneIsStoredAndTheValidOnesAreTakenOverOnce() throws Exception {
        String valid = customerNumber();
        String unmapped = customerNumber();
        String beforeReferral = customerNumber();
        Path file = file(
                record("F-1", valid, "FM0815", ADMITTED),
                "{\"formatVersion\":1,\"kind\":\"case\",\"source\":{\"system\":\"OPEN_PROSOZ\",\"id\":\"F-2\"}}",
                "das ist kein JSON",
                record("F-3", unmapped, "FM4711", ADMITTED),
                record("F-4", beforeReferral, "FM0815", ADMITTED.minusMonths(1)));
        Path staff = Files.writeString(dir.resolve("staff.csv"), "quelle;lotse\nFM0815;fm-anna\nAV0031;av-bernd\n");
        Path teams = Files.writeString(dir.resolve("teams.csv"), "T-FM1;" + TEAM + "\n");

        ImportRun.Summary checked = run(file, staff, teams, true);

        assertThat(checked.records()).isEqualTo(5);
        assertThat(checked.invalid()).isEqualTo(4);
        assertThat(printedLines())
                .anySatisfy(l -> assertThat(l).startsWith("Zeile 2 (OPEN_PROSOZ F-2), customer: "))
                .anySatisfy(l -> assertThat(l).startsWith("Zeile 2 (OPEN_PROSOZ F-2), referral: "))
                .anySatisfy(l -> assertThat(l).startsWith("Zeile 3: ").endsWith("[NOT_JSON]"))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Zeile 4 (OPEN_PROSOZ F-3), admission.decidedBy: ")
                        .endsWith("[UNMAPPED_ID]"))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Zeile 5 (OPEN_PROSOZ F-4), admission.admittedOn: ")
                        .endsWith("[ADMISSION_BEFORE_REFERRAL]"));
        for (String number : List.of(valid, unmapped, beforeReferral)) {
            assertThat(tables().customerRecords(number)).isZero();
        }

        StringWriter report = new StringWriter();
        ImportRun.Summary imported = run(file, staff, teams, false, report);
        assertThat(imported.created()).isEqualTo(1);
        assertThat(imported.invalid()).isEqualTo(4);
        assertThat(tables().customerRecords(valid)).isOne();
        assertThat(tables().customerRecords(beforeReferral)).isZero();
        Map<String, Object> line = json.readValue(report.toString().strip(), JSON_OBJECT);
        assertThat(line).containsEntry("line", 1).containsEntry("result", "CREATED");
        assertThat((Map<String, Object>) caseFile(String.valueOf(line.get("caseId"))))
                .containsEntry("caseManagerId", "fm-anna")
                .containsEntry("teamId", TEAM);

        ImportRun.Summary again = run(file, staff, teams, false);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(tables().auditEntriesOnResource("import-file", checked.fileSha256()))
                .isEqualTo(5); // checked; started and imported twice
    }

    private ImportRun.Summary run(Path file, Path staff, Path teams, boolean dryRun) throws Exception {
        return run(file, staff, teams, dryRun, null);
    }

    private ImportRun.Summary run(Path file, Path staff, Path teams, boolean dryRun, StringWriter report)
            throws Exception {
        ServiceClient intake = new ServiceClient("intake", server.getURI(), admin(), mapper);
        IdMapping people = IdMapping.read("Person", staff);
        IntakePart part = new IntakePart(people, IdMapping.read("Team", teams));
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        // intake alone (no other service runs in this test): the contacts are reported as not taken over
        return new ImportRun(file, intake, part, List.of(), mapper, out, 200, 2).run(dryRun, report);
    }

    private List<String> printedLines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path file(String... lines) throws Exception {
        return Files.writeString(dir.resolve("cases.jsonl"), String.join("\n", lines) + "\n");
    }

    private String record(String sourceId, String customerNumber, String fm, LocalDate admitted) throws Exception {
        return mapper.writeValueAsString(Map.of(
                "formatVersion",
                1,
                "kind",
                "case",
                "source",
                Map.of("system", "OPEN_PROSOZ", "id", sourceId),
                "customer",
                Map.of(
                        "customerNumber", customerNumber,
                        "firstName", "Jana",
                        "lastName", "Probe",
                        "dateOfBirth", "1990-04-01"),
                "referral",
                Map.of(
                        "route", "AV",
                        "referredOn", ADMITTED.minusDays(10).toString(),
                        "referredBy", "AV0031",
                        "team", "T-FM1",
                        "reasons", List.of("MIN_CRITERIA_MET")),
                "admission",
                Map.of(
                        "decision",
                        "ADMITTED",
                        "decidedOn",
                        admitted.toString(),
                        "decidedBy",
                        fm,
                        "customerWilling",
                        true,
                        "jointCaseDiscussionOn",
                        ADMITTED.minusDays(2).toString()),
                "contacts",
                List.of(Map.of(
                        "sourceId", "K-1", "occurredOn", ADMITTED.plusDays(7).toString(), "format", "IN_PERSON"))));
    }
}
