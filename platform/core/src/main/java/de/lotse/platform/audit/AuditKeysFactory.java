package de.lotse.platform.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;

/**
 * The audit chain's keys from configuration ({@code lotse.audit.hmac.*}, environment
 * {@code LOTSE_AUDIT_HMAC_KEY}, {@code LOTSE_AUDIT_HMAC_KEY_ID}, {@code LOTSE_AUDIT_HMAC_PREVIOUS_KEYS}).
 * Created at start-up, so a service without a key refuses to start instead of failing its first
 * audited read.
 */
@Factory
class AuditKeysFactory {

    @Context
    AuditKeys auditKeys(
            @Value("${lotse.audit.hmac.key:}") String secret,
            @Value("${lotse.audit.hmac.key-id:}") String keyId,
            @Value("${lotse.audit.hmac.previous-keys:}") String previous) {
        if (secret.isBlank()) {
            throw new IllegalStateException("lotse.audit.hmac.key (" + AuditKeys.ENV_KEY + ") is not configured: the "
                    + "audit chain needs an HMAC key from the deployment's secrets, never from the database "
                    + "(local runs: deploy/local/dev.env)");
        }
        if (keyId.isBlank()) {
            throw new IllegalStateException("lotse.audit.hmac.key-id (" + AuditKeys.ENV_KEY_ID + ") is not configured: "
                    + "every audit row names the id of the key it was sealed with, so keys can be rotated");
        }
        return AuditKeys.of(keyId.trim(), secret, AuditKeys.parsePrevious(previous));
    }
}
