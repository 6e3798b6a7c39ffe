package de.lotse.devinfra;

import com.nimbusds.jwt.SignedJWT;
import de.lotse.platform.security.TokenRules;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every token the local system hands out — {@code ./lotse token}, the gateway's demo login, the demo
 * data, the benchmarks — passes the services' token rules, and DevTokens refuses to mint one that
 * would not. (In devinfra's package for its package-private demo users; devinfra itself does not
 * depend on the platform, so the check lives here, where both are on the class path.)
 */
class DemoTokensComplyTest {
    private static final Map<String, String> ENV = Map.of(
            "LOTSE_SECURITY_DEV_SECRET", "lotse-dev-signing-key-NOT-FOR-PRODUCTION-2026",
            "LOTSE_JWT_ISSUER", "https://lotse.local/dev-issuer",
            "LOTSE_JWT_AUDIENCE", "lotse");
    private final TokenRules rules = new TokenRules(Duration.ofHours(12), Duration.ofSeconds(60));

    @Test
    void everyDemoUsersTokenPassesTheTokenRules(@TempDir Path state) throws Exception {
        // the demo partner's id is the one network-service generated; the demo data records it in the state directory
        Map<String, String> env = new HashMap<>(ENV);
        env.put("LOTSE_STATE_DIR", state.toString());
        for (DevTokens.DemoUser user : DevTokens.USERS) {
            if (user.partner()) {
                DevTokens.recordPartnerId(user.subject(), UUID.randomUUID().toString(), env);
            }
        }
        assertThat(DevTokens.USERS).hasSizeGreaterThan(5);
        for (DevTokens.DemoUser user : DevTokens.USERS) {
            // the longest the demo tokens live (LOTSE_TOKEN_HOURS, default 12)
            String token = DevTokens.mint(user, env, Duration.ofHours(12));
            var claims = SignedJWT.parse(token).getJWTClaimsSet();
            assertThat(rules.refusal(new JwtClaimsSetAdapter(claims), Instant.now()))
                    .as(user.subject())
                    .isEmpty();
            assertThat(claims.getStringListClaim("roles")).as(user.subject()).containsExactly(user.role());
        }
    }

    @Test
    void theBenchmarksTokensPassTheTokenRules() throws Exception {
        for (String token : List.of(
                DevTokens.mint("mgmt-jc-0001", "MANAGEMENT", "jc-0001", null, null, null, ENV, Duration.ofHours(2)),
                DevTokens.mint("tl-jc-0001", "TL", "jc-0001", "team-01", null, null, ENV, Duration.ofHours(2)),
                DevTokens.mint("mgmt-bund", "MANAGEMENT", null, null, null, "NATIONAL", ENV, Duration.ofHours(2)))) {
            assertThat(rules.refusal(
                            new JwtClaimsSetAdapter(SignedJWT.parse(token).getJWTClaimsSet()), Instant.now()))
                    .isEmpty();
        }
    }

    @Test
    void refusesToMintTokensTheServicesWouldRefuse() {
        Duration hour = Duration.ofHours(1);
        assertThatThrownBy(() -> DevTokens.mint("fm-x", "FM", null, "team-1", null, null, ENV, hour))
                .hasMessageContaining("jobcenterId");
        assertThatThrownBy(() -> DevTokens.mint("mgmt-x", "MANAGEMENT", null, null, null, "LAND", ENV, hour))
                .hasMessageContaining("jobcenterId");
        assertThatThrownBy(() -> DevTokens.mint("partner-x", "PARTNER", null, null, null, null, ENV, hour))
                .hasMessageContaining("partnerId");
        assertThatThrownBy(() -> DevTokens.mint("fm-x", "FM", "jc-1", null, null, null, ENV, Duration.ofHours(13)))
                .hasMessageContaining("at most 12 h");
        assertThatThrownBy(() -> DevTokens.mint(" ", "FM", "jc-1", null, null, null, ENV, hour))
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> DevTokens.mint("x", "offline_access", "jc-1", null, null, null, ENV, hour))
                .hasMessageContaining("not a Lotse role");
    }
}
