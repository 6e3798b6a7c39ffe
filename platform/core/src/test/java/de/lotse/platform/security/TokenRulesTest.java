package de.lotse.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The token rules on claims as Nimbus parses them (dates as {@link Date}, arrays as lists). */
class TokenRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final TokenRules rules = new TokenRules(Duration.ofHours(12), Duration.ofSeconds(60));

    @Test
    void acceptsAWellFormedStaffToken() {
        assertThat(refusal(b -> b)).isNull();
    }

    @Test
    void expiryIsRequiredAndAtMostTheMaximumLifetimePlusSkewAhead() {
        assertThat(refusal(b -> b.expirationTime(null))).isEqualTo("exp missing");
        assertThat(refusal(b -> b.expirationTime(
                        Date.from(NOW.plus(Duration.ofHours(12)).plusSeconds(60)))))
                .isNull();
        assertThat(refusal(b -> b.expirationTime(
                        Date.from(NOW.plus(Duration.ofHours(12)).plusSeconds(61)))))
                .startsWith("exp more than");
    }

    @Test
    void issuedAtAndNotBeforeMayLieAtMostTheClockSkewAhead() {
        assertThat(refusal(
                        b -> b.issueTime(Date.from(NOW.plusSeconds(60))).notBeforeTime(Date.from(NOW.plusSeconds(60)))))
                .isNull();
        assertThat(refusal(b -> b.issueTime(Date.from(NOW.plusSeconds(61))))).isEqualTo("iat in the future");
        assertThat(refusal(b -> b.notBeforeTime(Date.from(NOW.plusSeconds(61)))))
                .isEqualTo("nbf in the future");
    }

    @Test
    void subjectMustNotBeBlank() {
        assertThat(refusal(b -> b.subject(" "))).isEqualTo("sub missing or blank");
        assertThat(refusal(b -> b.subject(null))).isEqualTo("sub missing or blank");
    }

    @Test
    void rolesMustBeAnArrayOfStringsAndUnknownOnesAreIgnored() {
        assertThat(refusal(b -> b.claim("roles", "FM"))).isEqualTo("roles is not a JSON array");
        assertThat(refusal(b -> b.claim("roles", Map.of("FM", true)))).isEqualTo("roles is not a JSON array");
        assertThat(refusal(b -> b.claim("roles", List.of("FM", 1)))).startsWith("roles contains");
        // no Lotse role at all is a valid token (403 later), so is no roles claim
        assertThat(refusal(b -> b.claim("roles", List.of("offline_access")).claim("jobcenterId", null)))
                .isNull();
        assertThat(refusal(b -> b.claim("roles", null))).isNull();
        assertThat(new LotseRolesFinder().resolveRoles(Map.of("roles", List.of("offline_access", "FM", "TL", "FM"))))
                .containsExactly("FM", "TL");
        assertThat(new LotseRolesFinder().resolveRoles(Map.of("roles", "FM"))).isEmpty();
    }

    @Test
    void staffNeedsAJobcenterExceptTheNationalManagementView() {
        assertThat(refusal(b -> b.claim("jobcenterId", null))).isEqualTo("staff role without jobcenterId");
        assertThat(refusal(b -> b.claim("jobcenterId", " "))).isEqualTo("staff role without jobcenterId");
        assertThat(refusal(b -> b.claim("jobcenterId", 42))).isEqualTo("jobcenterId is not a string");
        assertThat(refusal(b -> b.claim("roles", List.of("MANAGEMENT"))
                        .claim("jobcenterId", null)
                        .claim("reportingScope", "NATIONAL")))
                .isNull();
        assertThat(refusal(b -> b.claim("roles", List.of("MANAGEMENT", "ADMIN"))
                        .claim("jobcenterId", null)
                        .claim("reportingScope", "NATIONAL")))
                .isEqualTo("staff role without jobcenterId");
    }

    @Test
    void partnersNeedAPartnerIdAndNoStaffRole() {
        UnaryOperator<JWTClaimsSet.Builder> partner = b -> b.claim("roles", List.of("PARTNER"))
                .claim("jobcenterId", null)
                .claim("partnerId", "11111111-1111-4111-8111-111111111111");
        assertThat(refusal(partner)).isNull();
        assertThat(refusal(b -> partner.apply(b).claim("partnerId", null))).isEqualTo("PARTNER without partnerId");
        assertThat(refusal(b -> partner.apply(b)
                        .claim("roles", List.of("PARTNER", "FM"))
                        .claim("jobcenterId", "jc-1")))
                .isEqualTo("PARTNER together with a staff role");
    }

    private String refusal(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("fm-anna")
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plus(Duration.ofHours(1))))
                .claim("roles", List.of("FM"))
                .claim("jobcenterId", "jc-1")
                .claim("teamId", "team-1");
        return rules.refusal(new JwtClaimsSetAdapter(change.apply(claims).build()), NOW)
                .orElse(null);
    }
}
