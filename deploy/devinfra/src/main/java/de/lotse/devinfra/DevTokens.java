package de.lotse.devinfra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Mints demo tokens signed with the documented development key (deploy/local/dev.env), for the
 * demo users of each role. Production tokens come from the Jobcenter's OIDC provider instead.
 *
 * <pre>DevTokens [user ...]   # no argument: one line per demo user</pre>
 */
public final class DevTokens {

    /**
     * Demo users: subject, roles, team, partner. All belong to the demo Jobcenter; the national one
     * (reporting across all Jobcenters) has no Jobcenter.
     */
    record DemoUser(String subject, String role, String teamId, String partnerId, String description,
                    String reportingScope) {
        DemoUser(String subject, String role, String teamId, String partnerId, String description) {
            this(subject, role, teamId, partnerId, description, null);
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("av-bernd", "AV", "team-av-1", null, "Arbeitsvermittler"),
            new DemoUser("fm-anna", "FM", "team-fm-1", null, "Fallmanagerin, Team 1"),
            new DemoUser("fm-jonas", "FM", "team-fm-1", null, "Fallmanager, Team 1"),
            new DemoUser("fm-selin", "FM", "team-fm-2", null, "Fallmanagerin, Team 2 (U25)"),
            new DemoUser("tl-petra", "TL", "team-fm-1", null, "Teamleiterin, Team 1"),
            new DemoUser("mgmt-karl", "MANAGEMENT", null, null, "Bereichsleitung"),
            new DemoUser("mgmt-bund", "MANAGEMENT", null, null, "Bundesweite Steuerung (alle Jobcenter, nur Summen)",
                    "NATIONAL"),
            new DemoUser("admin-ida", "ADMIN", null, null, "Fachadministration"),
            new DemoUser("partner-schuldnerberatung", "PARTNER", null, "11111111-1111-4111-8111-111111111111",
                    "Schuldnerberatung (Partner-API)"));

    /** The roles of ARCHITECTURE.md §4 (platform/core Roles). */
    static final List<String> ROLES = List.of("AV", "FM", "TL", "MANAGEMENT", "PARTNER", "ADMIN");
    /** The default of the services' lotse.security.max-token-lifetime. */
    static final Duration MAX_VALIDITY = Duration.ofHours(12);

    private DevTokens() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Duration validity = Duration.ofHours(Long.parseLong(env.getOrDefault("LOTSE_TOKEN_HOURS", "12")));
        for (DemoUser user : USERS) {
            if (args.length == 0 || List.of(args).contains(user.subject()) || List.of(args).contains(user.role())) {
                String token;
                try {
                    token = mint(user, env, validity);
                } catch (IllegalArgumentException refused) {
                    System.err.println("no token: " + refused.getMessage());
                    System.exit(2);
                    return;
                }
                System.out.println(args.length == 0
                        ? String.format("%-27s %-11s %s%n  %s", user.subject(), user.role(), user.description(), token)
                        : token);
            }
        }
    }

    static String mint(DemoUser user, Map<String, String> env, Duration validity) {
        String jobcenter = user.reportingScope() != null ? null : env.getOrDefault("LOTSE_DEMO_JOBCENTER", "jc-demo");
        return mint(user.subject(), user.role(), jobcenter, user.teamId(), user.partnerId(), user.reportingScope(), env,
                validity);
    }

    /**
     * A token with the development key for any claims (the reporting benchmark signs in as the
     * management and team leads of many Jobcenters); null claims are left out.
     */
    public static String mint(String subject, String role, String jobcenterId, String teamId, String partnerId,
                              String reportingScope, Map<String, String> env, Duration validity) {
        requireCompliant(subject, role, jobcenterId, partnerId, reportingScope, validity);
        String secret = require(env, "LOTSE_SECURITY_DEV_SECRET");
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(require(env, "LOTSE_JWT_ISSUER"))
                .audience(require(env, "LOTSE_JWT_AUDIENCE"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .claim("roles", List.of(role));
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
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The services refuse tokens that break the platform's token rules (platform/core TokenRules):
     * never mint one. Staff roles need a Jobcenter (except the national management view), a partner
     * needs its partner id, and no token lives longer than the services' maximum lifetime.
     */
    static void requireCompliant(String subject, String role, String jobcenterId, String partnerId,
                                 String reportingScope, Duration validity) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a token needs a subject");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("not a Lotse role: " + role);
        }
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException("a token lives at most " + MAX_VALIDITY.toHours()
                    + " h (the services' lotse.security.max-token-lifetime), not " + validity);
        }
        boolean national = "MANAGEMENT".equals(role) && "NATIONAL".equals(reportingScope);
        if (!"PARTNER".equals(role) && !national && (jobcenterId == null || jobcenterId.isBlank())) {
            throw new IllegalArgumentException(role + " needs a Jobcenter (jobcenterId)");
        }
        if ("PARTNER".equals(role) && (partnerId == null || partnerId.isBlank())) {
            throw new IllegalArgumentException("PARTNER needs a partnerId");
        }
    }

    static String token(String subject) {
        DemoUser user = USERS.stream().filter(u -> u.subject().equals(subject)).findFirst().orElseThrow();
        return mint(user, System.getenv(), Duration.ofHours(1));
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set (source deploy/local/dev.env)");
        }
        return value;
    }
}
