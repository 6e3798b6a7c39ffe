package de.lotse.intake;

import de.lotse.platform.audit.AuditLog;
import de.lotse.platform.events.Topics;
import de.lotse.platform.jdbc.Statements.Params;
import de.lotse.platform.security.CurrentUser;
import de.lotse.platform.testing.ServiceIT;
import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.TopicProbe;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The audit log is tamper-evident: rows are sealed after commit into a keyed hash chain, the
 * application cannot change or remove them, and the verification behind the ADMIN endpoint (and
 * {@code ./lotse audit-verify}) names every row a database superuser altered, deleted or inserted —
 * while an untouched chain with id gaps (rolled-back transactions) verifies.
 *
 * <p>Runs on a database of its own: the last test leaves a tampered chain behind.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainIT extends ServiceIT {
    private static final String VERIFICATION = "/api/admin/audit-chain/verification";
    private static final CurrentUser FM = new CurrentUser("fm-anna", Set.of("FM"), "jc-audit", "team-fm-1", null, null);
    private static final String PURPOSE = "Fallakte Erika Mustermann";

    @Inject
    AuditLog audit;

    @Override
    protected String service() {
        return "intake-audit";
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("lotse.audit.anchor.interval", "1s");
        return properties;
    }

    @Test
    @Order(1)
    void anUntouchedChainWithIdGapsVerifies() throws IOException {
        record(3);
        // a request that audited and then failed: its ids are used up, its entries never committed
        transactions.executeWrite(status -> {
            audit.record(FM, "READ", "case", "x", UUID.randomUUID(), PURPOSE);
            audit.recordCaseList(FM, "case", List.of(UUID.randomUUID(), UUID.randomUUID()), "Arbeitsliste");
            // ... except a refused read, which is kept in its own transaction
            audit.recordDenied(FM, "case", "y", UUID.randomUUID(), "kein Zugriff");
            status.setRollbackOnly();
            return null;
        });
        transactions.executeWrite(status -> {
            audit.recordCaseList(
                    FM,
                    "case",
                    List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()),
                    "Arbeitsliste MY_CASELOAD");
            return null;
        });
        record(2);
        awaitSealed(10);
        assertThat(highestAuditId()).as("ids with gaps").isGreaterThan(10);

        Map<String, Object> report = verification();
        assertThat(report).containsEntry("intact", true);
        assertThat(numbers(report, "chainLength", "sealedEntries", "pendingEntries"))
                .containsExactly(10L, 10L, 0L);
        // (empty lists and maps are left out of the JSON)
        assertThat(report).doesNotContainKeys("findings", "firstAltered", "firstDeleted", "firstInserted");
        assertThat((Map<?, ?>) report.getOrDefault("counts", Map.of())).isEmpty();
        // the head reaches Kafka, and the verification reads it back from there
        awaitAnchor(10);
        Map<String, Object> anchored = verification();
        assertThat(anchored).containsEntry("intact", true);
        assertThat(map(anchored.get("anchors"))).containsEntry("checked", true);
        assertThat(numbers(map(anchored.get("anchors")), "latestPosition")).containsExactly(10L);
        failing(
                HttpRequest.GET(VERIFICATION)
                        .bearerAuth(TestTokens.user("fm-anna", "FM")
                                .jobcenter("jc-audit")
                                .team("team-fm-1")
                                .sign()),
                403);
    }

    @Test
    @Order(2)
    void theApplicationCanNeitherChangeNorRemoveAuditRowsOrSeals() throws SQLException {
        long id = firstSealedAuditId();
        for (String statement : List.of(
                "update audit_log set purpose = 'anders' where id = " + id,
                "delete from audit_log where id = " + id,
                "truncate audit_log",
                "update audit_seal set chain_mac = '\\x00' where audit_id = " + id,
                "delete from audit_seal where audit_id = " + id,
                "truncate audit_seal")) {
            // as the service connects (whichever role that is) ...
            Throwable refused = catchThrowable(
                    () -> transactions.executeWrite(status -> statements.update(statement, Params.none())));
            assertThat(refused).as(statement).isNotNull();
            assertThat(String.join(" | ", causes(refused)))
                    .as(statement)
                    .containsAnyOf("audit records are insert-only", "permission denied");
            // ... and as a superuser that does not switch the triggers off
            try (Connection superuser = superuser();
                    Statement sql = superuser.createStatement()) {
                Throwable asSuperuser = catchThrowable(() -> sql.execute(statement));
                assertThat(asSuperuser).as(statement).hasMessageContaining("audit records are insert-only");
            }
        }
        assertThat(entriesWithPurpose(id, PURPOSE)).isOne();
        assertThat(seals()).isEqualTo(10);
    }

    @Test
    @Order(3)
    void verificationNamesEveryRowASuperuserAlteredDeletedOrInserted() throws Exception {
        record(4);
        awaitSealed(14);
        Set<Long> anchored = awaitAnchor(14);
        Map<Long, Long> ids = new HashMap<>();
        for (long position = 1; position <= 14; position++) {
            ids.put(position, auditIdSealedAt(position));
        }
        long forged;
        long replayed;
        try (Connection superuser = superuser();
                Statement sql = superuser.createStatement()) {
            // what an attacker with the database but without the key does: triggers off, then rewrite
            sql.execute("set session_replication_role = replica");
            sql.execute("update audit_log set purpose = 'Routinekontrolle' where id = " + ids.get(3L));
            sql.execute("delete from audit_log where id = " + ids.get(5L));
            sql.execute("delete from audit_log where id = " + ids.get(7L));
            sql.execute("delete from audit_seal where position = 7");
            try (PreparedStatement seal =
                    superuser.prepareStatement("update audit_seal set chain_mac = ? where position = 9")) {
                seal.setBytes(1, randomBytes());
                seal.executeUpdate();
            }
            sql.execute("delete from audit_log where id in (" + ids.get(13L) + ", " + ids.get(14L) + ")");
            sql.execute("delete from audit_seal where position in (13, 14)");
            try (PreparedStatement insert = superuser.prepareStatement("""
                    insert into audit_log (occurred_at, actor, actor_roles, jobcenter_id, action, resource_type,
                                           resource_id, case_id, purpose, correlation_id, key_id, nonce, row_mac)
                    values (now(), 'fm-jonas', 'FM', 'jc-audit', 'READ', 'case', 'z', null, 'Fallakte', null,
                            'test-1', 42, ?) returning id""")) {
                insert.setBytes(1, randomBytes());
                forged = single(insert);
            }
            try (PreparedStatement copy = superuser.prepareStatement("""
                    insert into audit_log (occurred_at, actor, actor_roles, jobcenter_id, action, resource_type,
                                           resource_id, case_id, purpose, correlation_id, key_id, nonce, row_mac)
                    select occurred_at, actor, actor_roles, jobcenter_id, action, resource_type, resource_id, case_id,
                           purpose, correlation_id, key_id, nonce, row_mac
                    from audit_log where id = ? returning id""")) {
                copy.setLong(1, ids.get(2L));
                replayed = single(copy);
            }
        }
        // the sealer looks at both new rows and seals neither
        await().atMost(Duration.ofSeconds(30)).until(() -> sealerExaminedThrough() >= Math.max(forged, replayed));
        assertThat(sealsOf(forged) + sealsOf(replayed)).isZero();
        assertThat(counter("lotse.audit.seal.rejected")).isGreaterThanOrEqualTo(2);

        String body = client.toBlocking().retrieve(HttpRequest.GET(VERIFICATION).bearerAuth(admin()));
        Map<String, Object> report = json.readValue(body, JSON_OBJECT);
        assertThat(report).containsEntry("intact", false);
        List<String> expected = new ArrayList<>(List.of(
                "ROW_ALTERED@3/" + ids.get(3L),
                "ROW_DELETED@5/" + ids.get(5L),
                "SEALS_MISSING@7-7",
                "SEAL_ALTERED@9/" + ids.get(9L),
                "TAIL_TRUNCATED@13-14",
                "ROW_INSERTED/" + forged,
                "ROW_REPLAYED/" + replayed));
        if (anchored.contains(9L)) {
            // an anchor of position 9 disagrees with the altered seal as well
            expected.add("ANCHOR_MISMATCH@9/" + ids.get(9L));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) report.get("findings");
        assertThat(findings).extracting(AuditChainIT::describe).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(describe(map(report.get("firstAltered")))).isEqualTo("ROW_ALTERED@3/" + ids.get(3L));
        assertThat(describe(map(report.get("firstDeleted")))).isEqualTo("ROW_DELETED@5/" + ids.get(5L));
        assertThat(describe(map(report.get("firstInserted")))).isEqualTo("ROW_INSERTED/" + forged);
        // positions, ids and kinds only
        assertThat(body).doesNotContain("fm-anna", "fm-jonas", "Mustermann", "Routinekontrolle", "jc-audit");
    }

    private void record(int entries) {
        for (int i = 0; i < entries; i++) {
            UUID caseId = UUID.randomUUID();
            transactions.executeWrite(status -> {
                audit.record(FM, "READ", "case", caseId.toString(), caseId, PURPOSE);
                return null;
            });
        }
    }

    private void awaitSealed(long seals) {
        await().atMost(Duration.ofSeconds(30)).until(() -> seals() == seals);
    }

    // --- the chain's tables: what this test is about, and what the verification report deliberately leaves out
    // (it names positions, ids and kinds of findings only)

    private long seals() {
        return count("select count(*) from audit_seal");
    }

    private long sealsOf(long auditId) {
        return count("select count(*) from audit_seal where audit_id = :auditId", Params.of("auditId", auditId));
    }

    private long auditIdSealedAt(long position) {
        return count("select audit_id from audit_seal where position = :position", Params.of("position", position));
    }

    private long firstSealedAuditId() {
        return count("select min(audit_id) from audit_seal");
    }

    private long highestAuditId() {
        return count("select max(id) from audit_log");
    }

    private long entriesWithPurpose(long id, String purpose) {
        return count(
                "select count(*) from audit_log where id = :id and purpose = :purpose",
                Params.of("id", id).and("purpose", purpose));
    }

    /** The highest audit id the sealer looked at (sealed or rejected). */
    private long sealerExaminedThrough() {
        return count("select examined_through from audit_seal_state");
    }

    /** The chain's id, the key of its anchors on Kafka. */
    private String chainId() {
        return transactions.executeRead(status -> statements
                .query("select chain from audit_seal_state", Params.none(), rs -> rs.getString(1))
                .get(0));
    }

    /** Waits until an anchor of this chain at {@code position} is on Kafka; returns every anchored position. */
    private Set<Long> awaitAnchor(long position) {
        String chain = chainId();
        try (TopicProbe probe = new TopicProbe(Topics.AUDIT_CHAIN_ANCHORED)) {
            List<ConsumerRecord<String, String>> anchors = probe.await(
                    record -> chain.equals(record.key())
                            && anchor(record).get("position").equals(position),
                    1,
                    Duration.ofSeconds(30));
            Set<Long> positions = new java.util.HashSet<>();
            probe.drain(Duration.ZERO).stream()
                    .filter(record -> chain.equals(record.key()))
                    .forEach(record -> positions.add(((Number) anchor(record).get("position")).longValue()));
            assertThat(anchors).isNotEmpty();
            return positions;
        }
    }

    private Map<String, Object> anchor(ConsumerRecord<String, String> record) {
        try {
            Map<String, Object> envelope = json.readValue(record.value(), JSON_OBJECT);
            Map<String, Object> payload = map(envelope.get("payload"));
            // ids, positions, a MAC and times only
            assertThat(payload).containsOnlyKeys("chain", "position", "headMac", "keyId", "anchoredAt");
            return Map.of("position", ((Number) payload.get("position")).longValue());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> verification() throws IOException {
        return json.readValue(
                client.toBlocking().retrieve(HttpRequest.GET(VERIFICATION).bearerAuth(admin())), JSON_OBJECT);
    }

    private static List<Long> numbers(Map<String, Object> map, String... keys) {
        List<Long> values = new ArrayList<>();
        for (String key : keys) {
            values.add(((Number) map.get(key)).longValue());
        }
        return values;
    }

    private static String admin() {
        return TestTokens.user("admin-ida", "ADMIN").jobcenter("jc-audit").sign();
    }

    private static String describe(Map<String, Object> finding) {
        StringBuilder text = new StringBuilder(String.valueOf(finding.get("kind")));
        if (finding.get("position") != null) {
            text.append('@').append(finding.get("position"));
            if (finding.get("toPosition") != null) {
                text.append('-').append(finding.get("toPosition"));
            }
        }
        if (finding.get("auditId") != null) {
            text.append('/').append(finding.get("auditId"));
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> causes(Throwable thrown) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }

    /** The database superuser, on this test's database (the attacker of this test). */
    private Connection superuser() throws SQLException {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = transactions.executeRead(status -> statements
                .query("select current_database()", Params.none(), rs -> rs.getString(1))
                .get(0));
        return DriverManager.getConnection(
                infrastructure.jdbcUrl(database), infrastructure.pgUser(), infrastructure.pgPassword());
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
