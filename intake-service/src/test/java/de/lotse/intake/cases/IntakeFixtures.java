package de.lotse.intake.cases;

import de.lotse.platform.testing.TestTokens;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Requests and tokens shared by the intake integration tests. */
final class IntakeFixtures {
    private IntakeFixtures() {}

    static String customerNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%03dA%06d", random.nextInt(1000), random.nextInt(1_000_000));
    }

    /** A referral of Erika Mustermann (born 1980, minimum criteria met) with that customer number. */
    static Map<String, Object> referral(String customerNumber) {
        return referral(customerNumber, "Erika", "Mustermann");
    }

    static Map<String, Object> referral(String customerNumber, String firstName, String lastName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerNumber", customerNumber);
        body.put("firstName", firstName);
        body.put("lastName", lastName);
        body.put("dateOfBirth", "1980-04-12");
        body.put("route", "AV");
        body.put("reasons", List.of("MIN_CRITERIA_MET"));
        body.put("teamId", "team-fm-1");
        body.put("facts", complexProfileFacts());
        return body;
    }

    /** Meets the minimum criteria of BA2010 (the policy of a Jobcenter that has not chosen one). */
    static Map<String, Object> complexProfileFacts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("needsByKeyGroup", Map.of("PERFORMANCE_CAPACITY", 2, "LIVING_CONDITIONS", 1));
        facts.put("profileCode", "STABILISATION");
        facts.put("progressExpected", true);
        return facts;
    }

    static String av(String jobcenter) {
        return TestTokens.user("av-bernd", "AV")
                .jobcenter(jobcenter)
                .team("team-av-1")
                .sign();
    }

    static String fm(String jobcenter, String subject) {
        return TestTokens.user(subject, "FM")
                .jobcenter(jobcenter)
                .team("team-fm-1")
                .sign();
    }
}
