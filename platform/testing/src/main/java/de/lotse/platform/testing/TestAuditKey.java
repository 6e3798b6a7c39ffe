package de.lotse.platform.testing;

/**
 * The audit chain's HMAC key of the tests (public, like {@link TestTokens#SECRET}); the services under
 * test get it from {@link ServiceTestProperties}.
 */
public final class TestAuditKey {
    public static final String SECRET = "lotse-test-audit-chain-key-only-for-integration-tests-2026";
    public static final String KEY_ID = "test-1";

    private TestAuditKey() {}
}
