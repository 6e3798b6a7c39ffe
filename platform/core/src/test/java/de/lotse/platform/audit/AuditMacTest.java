package de.lotse.platform.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a row MAC covers, and how keys are named and rotated. */
class AuditMacTest {
    private static final String SECRET = "a-test-secret-that-is-long-enough-2026";
    private static final AuditKeys KEYS = AuditKeys.of("k2", SECRET + "-new", Map.of("k1", SECRET));
    private static final UUID CASE = UUID.fromString("2b0f3c54-4c7e-4d8e-9d57-8f4f7e6c1a01");
    private static final AuditEntry ENTRY = new AuditEntry(
            Instant.parse("2026-12-06T10:15:30.123456789Z"),
            "fm-anna",
            "FM",
            "jc-1",
            "READ",
            "case",
            CASE.toString(),
            CASE,
            "Fallakte",
            "corr-1",
            "k2",
            7L);

    @Test
    void everyFieldTheRowShowsIsCovered() {
        byte[] mac = mac(ENTRY);
        assertThat(mac).hasSize(32).isEqualTo(mac(ENTRY));
        AuditEntry[] variants = {
            new AuditEntry(
                    ENTRY.occurredAt().plusNanos(1000),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-jonas",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM,TL",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-2",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "LIST",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "note",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    "other",
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    null,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "",
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    null,
                    "corr-1",
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    null,
                    "k2",
                    7L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k2",
                    8L),
            new AuditEntry(
                    ENTRY.occurredAt(),
                    "fm-anna",
                    "FM",
                    "jc-1",
                    "READ",
                    "case",
                    CASE.toString(),
                    CASE,
                    "Fallakte",
                    "corr-1",
                    "k1",
                    7L)
        };
        for (AuditEntry variant : variants) {
            assertThat(mac(variant)).as(variant.toString()).isNotEqualTo(mac);
        }
        // fields shifted from one column into the next do not collide (length-prefixed)
        assertThat(mac(new AuditEntry(
                        ENTRY.occurredAt(),
                        "fm-annaFM",
                        "",
                        "jc-1",
                        "READ",
                        "case",
                        CASE.toString(),
                        CASE,
                        "Fallakte",
                        "corr-1",
                        "k2",
                        7L)))
                .isNotEqualTo(mac);
    }

    @Test
    void aRowOfOneChainDoesNotVerifyInAnother() {
        assertThat(KEYS.rowMac("k2", ENTRY.canonical("planning-service"))).isNotEqualTo(mac(ENTRY));
    }

    @Test
    void timesAreTakenToTheMicrosecondAsPostgresqlStoresThem() {
        assertThat(ENTRY.occurredAt()).isEqualTo(Instant.parse("2026-12-06T10:15:30.123456Z"));
    }

    @Test
    void rowAndLinkMacsUseDifferentKeysAndEveryKeyIdItsOwn() {
        byte[] input = ENTRY.canonical("intake-service");
        assertThat(KEYS.rowMac("k2", input))
                .isNotEqualTo(KEYS.linkMac("k2", input))
                .isNotEqualTo(KEYS.rowMac("k1", input));
        assertThat(KEYS.currentKeyId()).isEqualTo("k2");
        assertThat(KEYS.keyIds()).containsExactlyInAnyOrder("k1", "k2");
        assertThat(KEYS.knows("k0")).isFalse();
        assertThatThrownBy(() -> KEYS.rowMac("k0", input)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysMustBeLongAndEarlierKeysAreListedAsIdColonSecret() {
        assertThatThrownBy(() -> AuditKeys.of("k1", "too-short", Map.of())).hasMessageContaining("at least 32");
        assertThat(AuditKeys.parsePrevious("2026-01:" + SECRET + ", 2026-07:" + SECRET + "-b"))
                .containsOnlyKeys("2026-01", "2026-07");
        assertThatThrownBy(() -> AuditKeys.parsePrevious("no-colon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditKeys.fromEnvironment(Map.of())).hasMessageContaining(AuditKeys.ENV_KEY);
    }

    private static byte[] mac(AuditEntry entry) {
        return KEYS.rowMac(entry.keyId(), entry.canonical("intake-service"));
    }
}
