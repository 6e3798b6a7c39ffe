package de.lotse.network.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.lotse.migration.CasePart;
import de.lotse.migration.IdMapping;
import de.lotse.migration.ImportRun;
import de.lotse.migration.IntakePart;
import de.lotse.migration.NetworkPart;
import de.lotse.migration.ServiceClient;
import de.lotse.network.NetworkFixtures;
import de.lotse.platform.importing.ImportedIds;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.fixtures.EventFixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import client ({@code ./lotse import}, module migration) against network as a real service, intake stood in
 * for by a stub that takes every case over: the documented sample's partner and consent form are checked and taken
 * over before the cases, the case with consents is checked before they exist (its check carries them) and then
 * taken over by network, and the same file again changes nothing.
 */
@MicronautTest(transactional = false)
class NetworkImportClientIT extends NetworkFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;

    private HttpServer intake;

    @AfterEach
    void stopIntake() {
        if (intake != null) {
            intake.stop(0);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSampleFilesPartnersFormsAndNetworkPartsAreCheckedThenTakenOverAndAgainUnchanged() throws Exception {
        intake = stubIntake();
        Path sample = Path.of("../docs/import/sample.jsonl");
        UUID caseId = ImportedIds.caseId(jobcenter, "OPEN_PROSOZ", "F-2024-0815");
        LocalDate admitted = LocalDate.parse("2024-11-04");
        upstream.publish(
                jobcenter,
                caseId,
                EventFixtures.caseOpened()
                        .caseId(caseId)
                        .admittedOn(admitted)
                        .admittedAt(admitted.atStartOfDay().toInstant(ZoneOffset.UTC))
                        .durationStartOn(admitted)
                        .maxDurationEndsOn(admitted.plusMonths(24))
                        .build());
        awaitCaseReference(jobcenter, caseId, c -> c.get("admittedOn") != null);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ImportRun.Summary checked = run(sample, true, printed, null);
        assertThat(checked.invalid())
                .as(printed.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(get("/api/partners", fm())).containsEntry("total", 0); // a check keeps nothing

        StringWriter report = new StringWriter();
        ImportRun.Summary imported = run(sample, false, printed, report);

        assertThat(List.of(imported.invalid(), imported.failed()))
                .as(printed.toString(StandardCharsets.UTF_8))
                .containsOnly(0L);
        assertThat(imported.created()).isEqualTo(5); // the partner, the form and three cases
        assertThat(report.toString().lines().map(this::read).toList())
                .filteredOn(line -> line.has("kind"))
                .extracting(line ->
                        line.get("kind").asText() + " " + line.get("result").asText())
                .containsExactly("partner CREATED", "consentForm CREATED");
        assertThat((List<Map<String, Object>>)
                        get("/api/cases/" + caseId + "/consents", fm()).get("consents"))
                .extracting(c -> c.get("status"))
                .containsExactly("REVOKED");

        ImportRun.Summary again = run(sample, false, printed, null);
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.updated()).isZero();
    }

    private JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ImportRun.Summary run(Path file, boolean dryRun, ByteArrayOutputStream printed, StringWriter report)
            throws Exception {
        String admin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
        IdMapping staff = IdMapping.identity("Person");
        return new ImportRun(
                        file,
                        new ServiceClient(
                                "intake",
                                URI.create("http://127.0.0.1:"
                                        + intake.getAddress().getPort() + "/"),
                                admin,
                                JSON),
                        new IntakePart(staff, IdMapping.identity("Team")),
                        List.of(new CasePart.Target(
                                new ServiceClient("network", server.getURI().resolve("/"), admin, JSON),
                                new NetworkPart())),
                        JSON,
                        new PrintStream(printed, true, StandardCharsets.UTF_8),
                        200)
                .run(dryRun, report);
    }

    /** Intake as far as the client needs it: every case checked fine and taken over (first CREATED, then UNCHANGED). */
    private HttpServer stubIntake() throws IOException {
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.Set<String> known = java.util.concurrent.ConcurrentHashMap.newKeySet();
        stub.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/api/import/cases/validation")) {
                StringBuilder results = new StringBuilder("[");
                for (int i = 0; i < body.path("cases").size(); i++) {
                    results.append(i == 0 ? "" : ",")
                            .append("{\"index\":")
                            .append(i)
                            .append("}");
                }
                answer(exchange, results.append("]").toString());
            } else if (path.equals("/api/import/cases")) {
                JsonNode source = body.path("source");
                UUID id = ImportedIds.caseId(
                        jobcenter,
                        source.path("system").asText(),
                        source.path("id").asText());
                String result = known.add(id.toString()) ? "CREATED" : "UNCHANGED";
                answer(exchange, "{\"caseId\":\"" + id + "\",\"result\":\"" + result + "\"}");
            } else {
                answer(exchange, "{}");
            }
        });
        stub.start();
        return stub;
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
