package de.lotse.platform.audit;

import io.micronaut.core.annotation.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The content of one audit row as its MAC covers it: every column except the database's id. The
 * {@code nonce} makes two otherwise identical entries (the same case listed twice in one request)
 * distinct, so a copy of an entry is recognisable as a copy (a replay) by its MAC.
 *
 * @param occurredAt    when (microseconds, as PostgreSQL stores it)
 * @param keyId         the key the row MAC was made with; null for rows written before the chain existed
 * @param nonce         random per entry; for rows written before the chain existed, their id
 */
record AuditEntry(
        Instant occurredAt,
        String actor,
        String actorRoles,
        @Nullable String jobcenterId,
        String action,
        String resourceType,
        @Nullable String resourceId,
        @Nullable UUID caseId,
        @Nullable String purpose,
        @Nullable String correlationId,
        @Nullable String keyId,
        @Nullable Long nonce) {

    private static final byte FORMAT = 1;

    /** The columns {@link #read} expects, in this order, after the id. */
    static final String COLUMNS = "occurred_at, actor, actor_roles, jobcenter_id, action, resource_type, resource_id, "
            + "case_id, purpose, correlation_id, key_id, nonce, row_mac";

    AuditEntry {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** A row as stored: its id, content and the MAC column (null for rows from before the chain). */
    record Stored(long id, AuditEntry entry, @Nullable byte[] rowMac) {
        /** Written before the chain existed: no key, no MAC. The sealer MACs it once, as found. */
        boolean legacy() {
            return entry.keyId() == null && rowMac == null;
        }

        /** The content the MAC covers; a legacy row's nonce is its id. */
        AuditEntry covered() {
            return legacy() ? entry.withNonce(id) : entry;
        }
    }

    AuditEntry withNonce(long value) {
        return new AuditEntry(
                occurredAt,
                actor,
                actorRoles,
                jobcenterId,
                action,
                resourceType,
                resourceId,
                caseId,
                purpose,
                correlationId,
                keyId,
                value);
    }

    /** Reads {@code id, } + {@link #COLUMNS} starting at column {@code first}. */
    static Stored read(ResultSet rs, int first) throws SQLException {
        int i = first;
        long id = rs.getLong(i++);
        OffsetDateTime occurred = rs.getObject(i++, OffsetDateTime.class);
        String actor = rs.getString(i++);
        String roles = rs.getString(i++);
        String jobcenter = rs.getString(i++);
        String action = rs.getString(i++);
        String resourceType = rs.getString(i++);
        String resourceId = rs.getString(i++);
        UUID caseId = rs.getObject(i++, UUID.class);
        String purpose = rs.getString(i++);
        String correlation = rs.getString(i++);
        String keyId = rs.getString(i++);
        long nonce = rs.getLong(i++);
        Long nonceValue = rs.wasNull() ? null : nonce;
        byte[] mac = rs.getBytes(i);
        return new Stored(
                id,
                new AuditEntry(
                        occurred == null ? Instant.EPOCH : occurred.toInstant(),
                        actor,
                        roles,
                        jobcenter,
                        action,
                        resourceType,
                        resourceId,
                        caseId,
                        purpose,
                        correlation,
                        keyId,
                        nonceValue),
                mac);
    }

    /**
     * The bytes the row MAC is computed over: a format byte, the chain's name (a row copied into
     * another service's log does not verify there), then every field length-prefixed, null distinct
     * from empty.
     */
    byte[] canonical(String chain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            text(out, chain);
            text(out, keyId);
            if (nonce == null) {
                out.writeBoolean(false);
            } else {
                out.writeBoolean(true);
                out.writeLong(nonce);
            }
            out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt));
            text(out, actor);
            text(out, actorRoles);
            text(out, jobcenterId);
            text(out, action);
            text(out, resourceType);
            text(out, resourceId);
            text(out, caseId == null ? null : caseId.toString());
            text(out, purpose);
            text(out, correlationId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
