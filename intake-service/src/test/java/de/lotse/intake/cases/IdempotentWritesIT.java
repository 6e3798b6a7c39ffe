package de.lotse.intake.cases;

import de.lotse.intake.IntakeTables;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.testing.MutableClock;
import de.lotse.platform.testing.ServiceIT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on POSTs (docs/architecture.md, Failure behaviour), through intake's referral API: the platform's
 * filter keeps the first answer per caller and key in the transaction of the write, so a client may
 * repeat a request whose answer it never saw.
 */
@MicronautTest(transactional = false)
class IdempotentWritesIT extends ServiceIT {
    private static final String KEY = "Idempotency-Key";

    @Inject
    MutableClock clock;

    private String jobcenter;

    @Override
    protected String service() {
        return "intake";
    }

    @Override
    protected boolean mutableClock() {
        return true;
    }

    @BeforeEach
    void newJobcenter() {
        jobcenter = "jc-" + UUID.randomUUID().toString().substring(0, 8);
        clock.set(LocalDate.of(2026, 5, 4));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndWritesNothingNew() throws Exception {
        String number = IntakeFixtures.customerNumber();
        String body = asJson(IntakeFixtures.referral(number));
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = client.toBlocking().exchange(referral(body).header(KEY, key), String.class);
        HttpResponse<String> retry = client.toBlocking().exchange(referral(body).header(KEY, key), String.class);

        assertThat(first.code()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.code()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isNotBlank().isEqualTo(first.header("Location"));
        assertThat(retry.getContentType()).contains(MediaType.APPLICATION_JSON_TYPE);
        assertThat(retry.body()).isEqualTo(first.body());
        String caseId = String.valueOf(json.readValue(first.body(), JSON_OBJECT).get("caseId"));
        assertThat(tables().customerRecords(number)).isOne();
        assertThat(outboxTypes(caseId)).containsExactly("case-referred");

        // the key belongs to its caller: another caller's request with the same key is its own
        String other = asJson(IntakeFixtures.referral(IntakeFixtures.customerNumber(), "Max", "Muster"));
        HttpResponse<String> otherCaller = client.toBlocking()
                .exchange(
                        HttpRequest.POST("/api/referrals", other)
                                .contentType(MediaType.APPLICATION_JSON_TYPE)
                                .header(KEY, key)
                                .bearerAuth(avNamed("av-other")),
                        String.class);
        assertThat(otherCaller.code()).isEqualTo(201);
        assertThat(otherCaller.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void theSameKeyForAnotherRequestIs422NamingTheHeaderAndWritesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        client.toBlocking()
                .exchange(referral(asJson(IntakeFixtures.referral(IntakeFixtures.customerNumber())))
                        .header(KEY, key));
        String otherNumber = IntakeFixtures.customerNumber();

        Map<String, Object> problem =
                problem(referral(asJson(IntakeFixtures.referral(otherNumber))).header(KEY, key), 422);

        assertThat(violations(problem))
                .singleElement()
                .satisfies(violation -> assertThat(violation)
                        .containsEntry("field", KEY)
                        .containsEntry("rule", "idempotency-key-reused"));
        assertThat(tables().customerRecords(otherNumber)).isZero();
    }

    @Test
    void theSameKeyWhileTheFirstRequestIsStillRunningIs409() throws Exception {
        String key = UUID.randomUUID().toString();
        String number = IntakeFixtures.customerNumber();
        String body = asJson(IntakeFixtures.referral(number));
        // a request in flight holds its key's transaction-scoped advisory lock (the filter's first statement)
        Map<String, Object> problem = transactions.executeWrite(status -> {
            assertThat(statements.query(
                            "select pg_try_advisory_xact_lock(:namespace, hashtext(:subject || chr(10) || :key))",
                            Params.of("namespace", 0x6964656d)
                                    .and("subject", "av-bernd")
                                    .and("key", key),
                            rs -> rs.getBoolean(1)))
                    .containsExactly(true);
            return problem(referral(body).header(KEY, key), 409);
        });

        assertThat(violations(problem))
                .singleElement()
                .satisfies(violation -> assertThat(violation)
                        .containsEntry("field", KEY)
                        .containsEntry("rule", "idempotency-key-in-flight"));
        assertThat(tables().customerRecords(number)).isZero();
        // once the first one ended, the key is free
        assertThat(client.toBlocking().exchange(referral(body).header(KEY, key)).code())
                .isEqualTo(201);
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIs400NamingTheHeader() throws Exception {
        String number = IntakeFixtures.customerNumber();
        String body = asJson(IntakeFixtures.referral(number));
        for (String key : List.of("mit Leerzeichen", "ä-umlaut", "x".repeat(256))) {
            Map<String, Object> problem = problem(referral(body).header(KEY, key), 400);
            assertThat(violations(problem))
                    .singleElement()
                    .satisfies(violation ->
                            assertThat(violation).containsEntry("field", KEY).containsEntry("rule", "idempotency-key"));
        }
        assertThat(tables().customerRecords(number)).isZero();
    }

    @Test
    void aRefusedRequestKeepsNothingSoTheCorrectedRequestMayUseTheSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        String number = IntakeFixtures.customerNumber();
        Map<String, Object> invalid = IntakeFixtures.referral(number);
        invalid.remove("lastName");
        problem(referral(asJson(invalid)).header(KEY, key), 400);

        HttpResponse<String> corrected = client.toBlocking()
                .exchange(referral(asJson(IntakeFixtures.referral(number))).header(KEY, key), String.class);

        assertThat(corrected.code()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        assertThat(tables().customerRecords(number)).isOne();
    }

    @Test
    void aKeyIsKeptForItsRetentionThenForgotten() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> check = Map.of("facts", IntakeFixtures.complexProfileFacts());
        MutableHttpRequest<?> request = HttpRequest.POST("/api/eligibility-checks", check)
                .header(KEY, key)
                .bearerAuth(IntakeFixtures.av(jobcenter));

        assertThat(client.toBlocking().exchange(request).header("Idempotent-Replayed"))
                .isNull();
        clock.advance(Duration.ofHours(23));
        assertThat(client.toBlocking().exchange(request).header("Idempotent-Replayed"))
                .isEqualTo("true");
        clock.advance(Duration.ofHours(2));
        assertThat(client.toBlocking().exchange(request).header("Idempotent-Replayed"))
                .isNull();
    }

    @Test
    void aPostWithoutTheHeaderIsNotKept() throws Exception {
        String number = IntakeFixtures.customerNumber();
        long keysBefore = tables().idempotencyKeysKept();
        client.toBlocking().exchange(referral(asJson(IntakeFixtures.referral(number))));
        assertThat(tables().idempotencyKeysKept()).isEqualTo(keysBefore);
    }

    private String asJson(Map<String, Object> body) throws java.io.IOException {
        return json.writeValueAsString(body);
    }

    private MutableHttpRequest<String> referral(String body) {
        return HttpRequest.POST("/api/referrals", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(IntakeFixtures.av(jobcenter));
    }

    private String avNamed(String subject) {
        return de.lotse.platform.testing.TestTokens.user(subject, "AV")
                .jobcenter(jobcenter)
                .team("team-av-1")
                .sign();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("violations");
    }

    /** Intake's tables, for what no API shows. */
    private IntakeTables tables() {
        return new IntakeTables(transactions, statements);
    }
}
