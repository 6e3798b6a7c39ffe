package de.lotse.platform.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One link of the chain: position {@code p} seals audit row {@code auditId} (its row MAC) onto the
 * link before it. The position is contiguous from 1 and independent of the row's database id, so
 * the gaps of a sequence (rolled-back transactions) never look like deletions, while a deleted
 * link is a missing position.
 */
final class AuditChainLink {
    /** The "previous link" of position 1. */
    static final byte[] GENESIS = new byte[32];

    private static final byte FORMAT = 1;

    private AuditChainLink() {}

    static byte[] mac(
            AuditKeys keys, String keyId, String chain, long position, long auditId, byte[] rowMac, byte[] previous) {
        return keys.linkMac(keyId, input(chain, position, auditId, rowMac, previous));
    }

    private static byte[] input(String chain, long position, long auditId, byte[] rowMac, byte[] previous) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            byte[] name = chain.getBytes(StandardCharsets.UTF_8);
            out.writeInt(name.length);
            out.write(name);
            out.writeLong(position);
            out.writeLong(auditId);
            out.writeInt(rowMac.length);
            out.write(rowMac);
            out.writeInt(previous.length);
            out.write(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
