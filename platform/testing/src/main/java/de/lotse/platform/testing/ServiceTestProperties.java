package de.lotse.platform.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Properties that point a service under test at the real infrastructure: its own fresh database
 * (one per service and JVM; the service runs as the database's application role and migrates as
 * its owner role), the Kafka broker, and the test signing key. Use from a
 * {@code TestPropertyProvider}:
 *
 * <pre>
 * public Map&lt;String, String&gt; getProperties() { return ServiceTestProperties.forService("intake"); }
 * </pre>
 */
public final class ServiceTestProperties {
    private static final Map<String, String> DATABASES = new ConcurrentHashMap<>();
    private static final Map<String, String> CHAINS = new ConcurrentHashMap<>();

    private ServiceTestProperties() {}

    public static Map<String, String> forService(String service) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String url = DATABASES.computeIfAbsent(
                service,
                name -> infrastructure.createDatabase(name.replace('-', '_') + "_it_"
                        + ProcessHandle.current().pid()));
        Map<String, String> properties = new HashMap<>(database(url));
        properties.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        properties.put("lotse.security.dev-secret", TestTokens.SECRET);
        properties.put("micronaut.security.token.jwt.claims-validators.issuer", TestTokens.ISSUER);
        properties.put("micronaut.security.token.jwt.claims-validators.audience", TestTokens.AUDIENCE);
        // a free port: the services' configured ports may be taken by a running system or a parallel build
        properties.put("micronaut.server.port", "-1");
        properties.put("micronaut.server.host", "127.0.0.1");
        // the test's HTTP client: a shared 2-core build machine can take longer than the default 10 s
        // for a service's very first request; the services' own timeouts are unaffected
        properties.put("micronaut.http.client.read-timeout", "60s");
        // tests wait for effects; a shorter backoff keeps failure-path tests quick
        properties.put("lotse.inbox.initial-backoff", "20ms");
        // the audit chain: the test key, and a chain name of this database's own — the broker (and its
        // anchors) outlives the test databases, and process ids repeat
        properties.put("lotse.audit.hmac.key", TestAuditKey.SECRET);
        properties.put("lotse.audit.hmac.key-id", TestAuditKey.KEY_ID);
        properties.put(
                "lotse.audit.chain.name",
                CHAINS.computeIfAbsent(
                        service,
                        name -> name.replace('-', '_') + "_it_"
                                + ProcessHandle.current().pid() + "_"
                                + UUID.randomUUID().toString().substring(0, 8)));
        // anchors come from the tests that look at them (a test's own outbox counts stay as they were)
        properties.put("lotse.audit.anchor.interval", "1h");
        return properties;
    }

    /**
     * The data source and migration settings for a database made by
     * {@link TestInfrastructure#createDatabase(String)}: the service runs as its application role and
     * migrates as its owner role, as in production — so every integration test shows that the
     * service needs no more than DML rights on its own tables.
     */
    public static Map<String, String> database(String url) {
        String database = TestInfrastructure.databaseOf(url);
        return Map.of(
                "datasources.default.url",
                url,
                "datasources.default.username",
                TestInfrastructure.applicationRole(database),
                "datasources.default.password",
                TestInfrastructure.ROLE_PASSWORD,
                "flyway.datasources.default.user",
                TestInfrastructure.ownerRole(database),
                "flyway.datasources.default.password",
                TestInfrastructure.ROLE_PASSWORD);
    }
}
