package de.lotse.devinfra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Mints demo tokens signed with the documented development key (deploy/local/dev.env), for the
 * demo users of each role. Production tokens come from the Jobcenter's OIDC provider instead.
 *
 * The demo partner's {@code partnerId} is the id network-service generated when the demo data registered
 * the partner: {@link DemoData} records it in {@code $LOTSE_STATE_DIR/demo-ids.properties}, and its
 * token is only available after that (as a partner user's claim comes from the Jobcenter's
 * administrator after the registration).
 *
 * <pre>DevTokens [user ...]   # no argument: one line per demo user
 * DevTokens --table       # "subject role token", one line per demo user (./lotse fuzz reads it)</pre>
 */
public final class DevTokens {

    /** Where {@link DemoData} records the ids the services generated for the demo (key: the demo user). */
    static final String DEMO_IDS = "demo-ids.properties";

    /**
     * Demo users: subject, roles, team, whether a partner user, description. All belong to the demo
     * Jobcenter; the national one (reporting across all Jobcenters) has no Jobcenter.
     */
    /** @param name the OIDC standard claim {@code name}: the display name printed on documents (e.g. the FM) */
    record DemoUser(
            String subject,
            String role,
            String teamId,
            boolean partner,
            String description,
            String reportingScope,
            String name) {
        DemoUser(String subject, String role, String teamId, boolean partner, String description, String name) {
            this(subject, role, teamId, partner, description, null, name);
        }
    }

    /** The demo partner user has no id until the demo data registered its partner. */
    static final class PartnerNotRegistered extends IllegalStateException {
        PartnerNotRegistered(String subject, Path file) {
            super("the partner of " + subject + " is not registered yet: network-service generates its id when "
                    + "'./lotse run' loads the demo data (looked in " + file + ")");
        }
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("av-bernd", "AV", "team-av-1", false, "Arbeitsvermittler", "Bernd Krüger"),
            new DemoUser("fm-anna", "FM", "team-fm-1", false, "Fallmanagerin, Team 1", "Anna Schmidt"),
            new DemoUser("fm-jonas", "FM", "team-fm-1", false, "Fallmanager, Team 1", "Jonas Weber"),
            new DemoUser("fm-selin", "FM", "team-fm-2", false, "Fallmanagerin, Team 2 (U25)", "Selin Aydın"),
            new DemoUser("tl-petra", "TL", "team-fm-1", false, "Teamleiterin, Team 1", "Petra Neumann"),
            new DemoUser("mgmt-karl", "MANAGEMENT", null, false, "Bereichsleitung", "Karl Hoffmann"),
            new DemoUser(
                    "mgmt-bund",
                    "MANAGEMENT",
                    null,
                    false,
                    "Bundesweite Steuerung (alle Jobcenter, nur Summen)",
                    "NATIONAL",
                    "Bundesweite Steuerung"),
            new DemoUser("admin-ida", "ADMIN", null, false, "Fachadministration", "Ida Becker"),
            new DemoUser(
                    "partner-schuldnerberatung",
                    "PARTNER",
                    null,
                    true,
                    "Schuldnerberatung (Partnerportal und Partner-API)",
                    "Schuldnerberatung Nord"));

    /** The roles of ARCHITECTURE.md §4 (platform/core Roles). */
    static final List<String> ROLES = List.of("AV", "FM", "TL", "MANAGEMENT", "PARTNER", "ADMIN");
    /** The default of the services' lotse.security.max-token-lifetime. */
    static final Duration MAX_VALIDITY = Duration.ofHours(12);

    private DevTokens() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        Duration validity = Duration.ofHours(Long.parseLong(env.getOrDefault("LOTSE_TOKEN_HOURS", "12")));
        if (args.length == 1 && "--table".equals(args[0])) {
            for (DemoUser user : USERS) {
                try {
                    System.out.println(user.subject() + " " + user.role() + " " + mint(user, env, validity));
                } catch (PartnerNotRegistered e) {
                    // before the demo data ran there is no partner to speak for; the other users still fuzz
                    System.err.println("DevTokens: " + e.getMessage());
                }
            }
            return;
        }
        for (DemoUser user : USERS) {
            if (args.length == 0
                    || List.of(args).contains(user.subject())
                    || List.of(args).contains(user.role())) {
                String token;
                try {
                    token = mint(user, env, validity);
                } catch (PartnerNotRegistered e) {
                    if (args.length > 0) {
                        System.err.println("DevTokens: " + e.getMessage());
                        System.exit(1);
                    }
                    token = "(no token yet: " + e.getMessage() + ")";
                } catch (IllegalArgumentException refused) {
                    System.err.println("no token: " + refused.getMessage());
                    System.exit(2);
                    return;
                }
                System.out.println(
                        args.length == 0
                                ? String.format(
                                        "%-27s %-11s %s%n  %s", user.subject(), user.role(), user.description(), token)
                                : token);
            }
        }
    }

    /** The file in which the demo data records generated ids: {@code $LOTSE_STATE_DIR/demo-ids.properties}. */
    static Path demoIds(Map<String, String> env) {
        return Path.of(env.getOrDefault("LOTSE_STATE_DIR", ".lotse")).resolve(DEMO_IDS);
    }

    /** The partner id network-service generated for the demo partner user, as the demo data recorded it. */
    static String partnerId(DemoUser user, Map<String, String> env) {
        Path file = demoIds(env);
        Properties ids = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                ids.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String id = ids.getProperty(user.subject());
        if (id == null || id.isBlank()) {
            throw new PartnerNotRegistered(user.subject(), file);
        }
        return id.strip();
    }

    /** Records the partner id network-service generated for a demo partner user (written by {@link DemoData}). */
    static void recordPartnerId(String subject, String partnerId, Map<String, String> env) {
        Path file = demoIds(env);
        Properties ids = new Properties();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.isRegularFile(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    ids.load(in);
                }
            }
            ids.setProperty(subject, partnerId);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                ids.store(out, "ids the services generated for the demo data (DemoData); DevTokens reads them");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mint(DemoUser user, Map<String, String> env, Duration validity) {
        String jobcenter = user.reportingScope() != null ? null : env.getOrDefault("LOTSE_DEMO_JOBCENTER", "jc-demo");
        return mint(
                user.subject(),
                user.role(),
                jobcenter,
                user.teamId(),
                user.partner() ? partnerId(user, env) : null,
                user.reportingScope(),
                user.name(),
                env,
                validity);
    }

    /**
     * A token with the development key for any claims (the reporting benchmark signs in as the
     * management and team leads of many Jobcenters); null claims are left out.
     */
    public static String mint(
            String subject,
            String role,
            String jobcenterId,
            String teamId,
            String partnerId,
            String reportingScope,
            Map<String, String> env,
            Duration validity) {
        return mint(subject, role, jobcenterId, teamId, partnerId, reportingScope, null, env, validity);
    }

    /** @param name the OIDC {@code name} claim, or null */
    static String mint(
            String subject,
            String role,
            String jobcenterId,
            String teamId,
            String partnerId,
            String reportingScope,
            String name,
            Map<String, String> env,
            Duration validity) {
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
        if (name != null) {
            claims.claim("name", name);
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
    static void requireCompliant(
            String subject,
            String role,
            String jobcenterId,
            String partnerId,
            String reportingScope,
            Duration validity) {
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
        DemoUser user = USERS.stream()
                .filter(u -> u.subject().equals(subject))
                .findFirst()
                .orElseThrow();
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
