package de.lotse.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC keys of the audit chain, by key id. The secret comes from configuration (a secret of the
 * deployment, never the database), so someone who can write the database cannot compute a valid MAC.
 * New entries and seals use the current key; earlier keys stay for verification after a rotation —
 * every row and every seal names the key id it was made with.
 *
 * <p>Two keys are derived from each secret, one per purpose (row MACs and chain links), so a value
 * computed for one purpose is never valid for the other.
 */
public final class AuditKeys {
    /** Environment variable of the current secret (at least 32 characters). */
    public static final String ENV_KEY = "LOTSE_AUDIT_HMAC_KEY";
    /** Environment variable of the current secret's id (written into every row and seal). */
    public static final String ENV_KEY_ID = "LOTSE_AUDIT_HMAC_KEY_ID";
    /** Environment variable of earlier keys, {@code id:secret,id:secret}, kept for verification. */
    public static final String ENV_PREVIOUS_KEYS = "LOTSE_AUDIT_HMAC_PREVIOUS_KEYS";

    static final int MIN_SECRET_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final String currentKeyId;
    private final Map<String, Derived> keys;
    private final ThreadLocal<Map<String, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

    private record Derived(byte[] row, byte[] link) {}

    private AuditKeys(String currentKeyId, Map<String, Derived> keys) {
        this.currentKeyId = currentKeyId;
        this.keys = keys;
    }

    /**
     * @param currentKeyId  id of the key new rows and seals use
     * @param currentSecret its secret
     * @param previous      earlier keys by id (verification only); may be empty
     */
    public static AuditKeys of(String currentKeyId, String currentSecret, Map<String, String> previous) {
        requireId(currentKeyId);
        Map<String, Derived> keys = new LinkedHashMap<>();
        keys.put(currentKeyId, derive(currentKeyId, currentSecret));
        previous.forEach((id, secret) -> {
            requireId(id);
            if (!id.equals(currentKeyId)) {
                keys.put(id, derive(id, secret));
            }
        });
        return new AuditKeys(currentKeyId, Map.copyOf(keys));
    }

    /** The keys as the environment variables {@link #ENV_KEY}, {@link #ENV_KEY_ID}, {@link #ENV_PREVIOUS_KEYS} give them. */
    public static AuditKeys fromEnvironment(Map<String, String> environment) {
        String secret = environment.get(ENV_KEY);
        if (secret == null || secret.isBlank()) {
            throw new IllegalStateException(ENV_KEY + " is not set: the audit chain's HMAC key comes from the "
                    + "deployment's secrets (deploy/local/dev.env has the development key)");
        }
        return of(
                environment.getOrDefault(ENV_KEY_ID, "dev-1"),
                secret,
                parsePrevious(environment.getOrDefault(ENV_PREVIOUS_KEYS, "")));
    }

    /** Parses {@code id:secret,id:secret}; empty text gives no keys. */
    public static Map<String, String> parsePrevious(String text) {
        Map<String, String> previous = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return previous;
        }
        for (String entry : text.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("previous audit keys must be given as id:secret,id:secret");
            }
            previous.put(
                    entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
        return previous;
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    public boolean knows(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /** MAC of an audit row's canonical content (see {@link AuditEntry#canonical}). */
    byte[] rowMac(String keyId, byte[] canonical) {
        return mac(keyId, true, canonical);
    }

    /** MAC of one link of the chain. */
    byte[] linkMac(String keyId, byte[] linkInput) {
        return mac(keyId, false, linkInput);
    }

    Optional<byte[]> rowMacIfKnown(String keyId, byte[] canonical) {
        return knows(keyId) ? Optional.of(rowMac(keyId, canonical)) : Optional.empty();
    }

    /** Constant-time comparison, so timing reveals nothing about how much of a MAC matched. */
    static boolean same(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    private byte[] mac(String keyId, boolean row, byte[] input) {
        Derived derived = keys.get(keyId);
        if (derived == null) {
            throw new IllegalArgumentException("unknown audit key id " + keyId);
        }
        Mac mac = macs.get()
                .computeIfAbsent((row ? "r:" : "l:") + keyId, ignored -> newMac(row ? derived.row() : derived.link()));
        return mac.doFinal(input);
    }

    private static Derived derive(String id, String secret) {
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException(
                    "the audit HMAC key " + id + " must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        byte[] master = secret.getBytes(StandardCharsets.UTF_8);
        Mac mac = newMac(master);
        byte[] row = mac.doFinal("lotse-audit-row-v1".getBytes(StandardCharsets.UTF_8));
        byte[] link = mac.doFinal("lotse-audit-link-v1".getBytes(StandardCharsets.UTF_8));
        return new Derived(row, link);
    }

    private static Mac newMac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " not available", e);
        }
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank() || id.length() > 50 || id.contains(":") || id.contains(",")) {
            throw new IllegalArgumentException("an audit key id must be 1-50 characters without ':' or ','");
        }
    }
}
