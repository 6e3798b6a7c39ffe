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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signed JWTs for integration tests, including deliberately broken ones: expired, wrong key, wrong
 * issuer or audience, {@code alg: none}, and those the platform's token rules refuse (no
 * {@code exp}, too long a lifetime, blank {@code sub}, {@code iat}/{@code nbf} in the future,
 * {@code roles} not an array of strings, staff without {@code jobcenterId}, a partner without
 * {@code partnerId} or with a staff role; see {@code TokenRules}).
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
    private boolean expires = true;
    private Instant issuedAt;
    private Instant notBefore;
    private Object rolesClaim;
    private boolean withRoles = true;
    private final Map<String, Object> extraClaims = new LinkedHashMap<>();
    private String secret = SECRET;

    private TestTokens(String subject) {
        this.subject = subject;
    }

    public static TestTokens user(String subject, String... roles) {
        TestTokens tokens = new TestTokens(subject);
        tokens.roles = List.of(roles);
        return tokens;
    }

    /** Further values of the {@code roles} array, e.g. an identity provider's own {@code offline_access}. */
    public TestTokens addRoles(String... more) {
        List<String> all = new java.util.ArrayList<>(roles);
        all.addAll(List.of(more));
        this.roles = List.copyOf(all);
        return this;
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

    /** No {@code exp} claim at all (valid forever, were it accepted). */
    public TestTokens withoutExpiry() {
        this.expires = false;
        return this;
    }

    /** No {@code sub} claim. */
    public TestTokens withoutSubject() {
        this.subject = null;
        return this;
    }

    /** The {@code iat} claim (default: now). */
    public TestTokens issuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
        return this;
    }

    /** An {@code nbf} claim (default: none). */
    public TestTokens notBefore(Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    /**
     * The {@code roles} claim as any JSON value instead of the array of the given roles: a string
     * ({@code "FM"}), a number, a map (an object), a list with non-strings.
     */
    public TestTokens rolesClaim(Object value) {
        this.rolesClaim = value;
        return this;
    }

    /** No {@code roles} claim at all. */
    public TestTokens withoutRoles() {
        this.withRoles = false;
        return this;
    }

    /** Any further claim, or another value (e.g. a number) for one of the claims above; applied last. */
    public TestTokens claim(String name, Object value) {
        this.extraClaims.put(name, value);
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
                .issueTime(Date.from(issuedAt != null ? issuedAt : now.minusSeconds(validFor.isNegative() ? 3600 : 0)));
        if (expires) {
            claims.expirationTime(Date.from(now.plus(validFor)));
        }
        if (notBefore != null) {
            claims.notBeforeTime(Date.from(notBefore));
        }
        if (withRoles) {
            claims.claim("roles", rolesClaim != null ? rolesClaim : roles);
        }
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
        extraClaims.forEach(claims::claim);
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
