package de.lotse.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Signed JWTs for integration tests, including deliberately broken ones (expired, wrong key,
 * wrong issuer or audience, {@code alg: none}).
 */
public final class TestTokens {
    public static final String SECRET = "lotse-test-signing-key-only-for-integration-tests-2026";
    public static final String ISSUER = "https://lotse.local/test-issuer";
    public static final String AUDIENCE = "lotse";

    private String subject;
    private List<String> roles = List.of();
    private String jobcenterId;
    private String teamId;
    private String partnerId;
    private String reportingScope;
    private String issuer = ISSUER;
    private String audience = AUDIENCE;
    private Duration validFor = Duration.ofMinutes(30);
    private String secret = SECRET;

    private TestTokens(String subject) {
        this.subject = subject;
    }

    public static TestTokens user(String subject, String... roles) {
        TestTokens tokens = new TestTokens(subject);
        tokens.roles = List.of(roles);
        return tokens;
    }

    public TestTokens jobcenter(String jobcenterId) {
        this.jobcenterId = jobcenterId;
        return this;
    }

    public TestTokens team(String teamId) {
        this.teamId = teamId;
        return this;
    }

    public TestTokens partner(String partnerId) {
        this.partnerId = partnerId;
        return this;
    }

    /** The {@code reportingScope} claim, e.g. NATIONAL for the national reporting view. */
    public TestTokens reportingScope(String scope) {
        this.reportingScope = scope;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    /** Negative durations give an already expired token. */
    public TestTokens validFor(Duration validFor) {
        this.validFor = validFor;
        return this;
    }

    public TestTokens signedWith(String secret) {
        this.secret = secret;
        return this;
    }

    private JWTClaimsSet claims() {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(validFor.isNegative() ? 3600 : 0)))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", roles);
        if (jobcenterId != null) {
            claims.claim("jobcenterId", jobcenterId);
        }
        if (teamId != null) {
            claims.claim("teamId", teamId);
        }
        if (partnerId != null) {
            claims.claim("partnerId", partnerId);
        }
        if (reportingScope != null) {
            claims.claim("reportingScope", reportingScope);
        }
        return claims.build();
    }

    public String sign() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
            jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims without any signature ({@code alg: none}). */
    public String unsigned() {
        return new PlainJWT(claims()).serialize();
    }
}
