package de.lotse.system;

import de.lotse.platform.testing.TestInfrastructure;
import de.lotse.platform.testing.TestTokens;
import de.lotse.platform.testing.Today;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Across services through Kafka: the FM's assessment in assessment-service decides intake's
 * eligibility check under PANKOW's "at least 3 needs in Leistungsfähigkeit and/or
 * Rahmenbedingungen" — intake learns the needs from {@code assessment-completed} alone; and planning
 * prints the Kooperationsplan with intake's Jobcenter record (directory-changed) and the customer read
 * from intake with the caller's token (docs/domain.md §15.4).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentEligibilityIT {
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern NEED_ID =
            Pattern.compile("\"needId\"\\s*:\\s*\"([0-9a-f-]{36})\",\"keyGroup\":\"LIVING_CONDITIONS\"");

    private final TestInfrastructure infrastructure = TestInfrastructure.get();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String suffix = "_elig_" + ProcessHandle.current().pid();
    private final String jobcenter = "jc-elig-" + UUID.randomUUID().toString().substring(0, 6);
    private ServiceProcess intake;
    private ServiceProcess assessment;
    private ServiceProcess planning;

    @BeforeAll
    void startServices() {
        intake = new ServiceProcess("intake-service", infrastructure.createDatabase("intake" + suffix));
        assessment = new ServiceProcess("assessment-service", infrastructure.createDatabase("assessment" + suffix));
        planning = new ServiceProcess("planning-service", infrastructure.createDatabase("planning" + suffix))
                .env("INTAKE_URL", intake.url(""));
        ServiceProcess.startTogether(intake, assessment, planning);
    }

    @AfterAll
    void stopServices() {
        if (intake != null) {
            intake.close();
        }
        if (assessment != null) {
            assessment.close();
        }
        if (planning != null) {
            planning.close();
        }
    }

    @Test
    void pankowsThreeNeedsAreDecidedFromTheAssessmentAlone() {
        String admin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
        String av = TestTokens.user("av-bernd", "AV")
                .jobcenter(jobcenter)
                .team("team-av-1")
                .sign();
        String fm = TestTokens.user("fm-anna", "FM")
                .jobcenter(jobcenter)
                .team("team-fm-1")
                .sign();
        send(
                "POST",
                intake.url("/api/policy/versions"),
                admin,
                "{\"basePreset\":\"PANKOW\",\"note\":\"Systemtest\"}",
                201);

        ThreadLocalRandom random = ThreadLocalRandom.current();
        String customerNumber = String.format("%03dE%06d", random.nextInt(1000), random.nextInt(1_000_000));
        String caseId = referredAndAdmitted(av, fm, customerNumber);

        String completed = send(
                "POST",
                assessment.url("/api/cases/" + caseId + "/assessments"),
                fm,
                """
                {"validUntil":"%s","targetOccupation":{"title":"Fachlagerist/in"},"prognosisHorizonMonths":18,
                 "profileCode":"DEVELOPMENT",
                 "needs":[{"code":"RESILIENCE","status":"IDENTIFIED","priority":"HIGH","linkedToTargetOccupation":true},
                          {"code":"MENTAL_HEALTH","status":"IN_PROGRESS","priority":"HIGH","linkedToTargetOccupation":true},
                          {"code":"DEBT","status":"IDENTIFIED","priority":"MEDIUM","linkedToTargetOccupation":true},
                          {"code":"MOTIVATION","status":"IDENTIFIED","priority":"LOW","linkedToTargetOccupation":true}]}""".formatted(Today.inBerlin().plusMonths(6)),
                201);

        // the AV brings no needs at all: intake counts them from assessment-completed
        String check = "{\"customerNumber\":\"" + customerNumber + "\",\"facts\":{\"progressExpected\":true}}";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    String answer = send("POST", intake.url("/api/eligibility-checks"), av, check, 200);
                    return answer.startsWith("{\"policyVersion\":1,\"eligible\":true")
                            && answer.contains("\"actual\":\"3\"")
                            && answer.contains("\"source\":\"ASSESSMENT\"");
                });

        // a second version resolves the debt: two needs are left, below PANKOW's three
        String debt = match(NEED_ID, completed);
        send(
                "POST",
                assessment.url("/api/cases/" + caseId + "/assessments"),
                fm,
                """
                {"validUntil":"%s","targetOccupation":{"title":"Fachlagerist/in"},"prognosisHorizonMonths":18,
                 "profileCode":"DEVELOPMENT","needs":[%s]}""".formatted(Today.inBerlin().plusMonths(6), needsWithDebtResolved(completed, debt)),
                201);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    String answer = send("POST", intake.url("/api/eligibility-checks"), av, check, 200);
                    return answer.startsWith("{\"policyVersion\":1,\"eligible\":false")
                            && answer.contains("\"actual\":\"2\"");
                });
    }

    /** docs/domain.md §15: a Kooperationsplan today, printed with everything § 15 and the issue ask for. */
    @Test
    void thePrintedKooperationsplanShowsJobcenterCustomerFmGoalsReviewAndSchlichtung() {
        String jobcenter = "jc-print-" + UUID.randomUUID().toString().substring(0, 6);
        String admin =
                TestTokens.user("admin-ida", "ADMIN").jobcenter(jobcenter).sign();
        String av = TestTokens.user("av-bernd", "AV")
                .jobcenter(jobcenter)
                .team("team-av-1")
                .sign();
        String fm = TestTokens.user("fm-anna", "FM")
                .jobcenter(jobcenter)
                .team("team-fm-1")
                .claim("name", "Anna Schmidt")
                .sign();
        send(
                "POST",
                intake.url("/api/policy/versions"),
                admin,
                "{\"basePreset\":\"PANKOW\",\"note\":\"Systemtest\"}",
                201);
        send("PUT", intake.url("/api/jobcenter"), admin, """
                {"name":"Jobcenter Musterstadt","street":"Hauptstraße 1","postalCode":"12345","city":"Musterstadt",
                 "phone":"030 1234-0","stateCode":"BE","version":0}""", 200);

        ThreadLocalRandom random = ThreadLocalRandom.current();
        String customerNumber = String.format("%03dP%06d", random.nextInt(1000), random.nextInt(1_000_000));
        String caseId = referredAndAdmitted(av, fm, customerNumber);
        String completed = send(
                "POST",
                assessment.url("/api/cases/" + caseId + "/assessments"),
                fm,
                """
                {"validUntil":"%s","targetOccupation":{"title":"Fachlagerist/in"},"prognosisHorizonMonths":18,
                 "profileCode":"DEVELOPMENT",
                 "needs":[{"code":"DEBT","status":"IDENTIFIED","priority":"HIGH","linkedToTargetOccupation":true}]}""".formatted(Today.inBerlin().plusMonths(6)),
                201);
        String debt = match(Pattern.compile("\"needId\"\\s*:\\s*\"([0-9a-f-]{36})\""), completed);

        // planning learns the case, the need and the assessment from the events, then the plan is agreed
        String plan = """
                {"version":0,"leadGoal":{"text":"Arbeit als Fachlagerist in Teilzeit","targetCategory":"PROFESSIONAL_COMPETENCE"},
                 "strategies":[{"needId":"%s","text":"Schulden mit der Schuldnerberatung ordnen"}],
                 "steps":[{"text":"Termin bei der Schuldnerberatung vereinbaren","owner":"CUSTOMER","dueOn":"%s"}]}""".formatted(debt, Today.inBerlin().plusDays(14));
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> status("PUT", planning.url("/api/cases/" + caseId + "/plan"), fm, plan) == 200);
        String agreed = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> exchange("POST", planning.url("/api/cases/" + caseId + "/agreements"), fm, """
                        {"jobcenterServices":["Übernahme der Fahrtkosten zur Beratung"],
                         "customerObligations":["Sie nehmen den Termin bei der Schuldnerberatung wahr."]}"""),
                        response -> response.statusCode() == 201)
                .body();
        assertThat(agreed).contains("\"type\":\"KOOPERATIONSPLAN\"");
        String agreementId = match(Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\""), agreed);

        // the letterhead arrives as directory-changed; the customer is read from intake at printing time
        String document = planning.url("/api/cases/" + caseId + "/agreements/" + agreementId + "/document");
        String html = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> exchange("GET", document, fm, null), response -> response.statusCode() == 200)
                .body();
        assertThat(html)
                .contains(
                        "<h1>Kooperationsplan</h1>",
                        "Jobcenter Musterstadt",
                        "Hauptstraße 1",
                        "12345 Musterstadt",
                        "Erika Mustermann",
                        "Kundennummer " + customerNumber,
                        "Ihre Fallmanagerin / Ihr Fallmanager: Anna Schmidt",
                        "Arbeit als Fachlagerist in Teilzeit",
                        "Schulden mit der Schuldnerberatung ordnen",
                        "Übernahme der Fahrtkosten zur Beratung",
                        "Sie nehmen den Termin bei der Schuldnerberatung wahr.",
                        "spätestens am",
                        "Schlichtung",
                        "§ 15a SGB II")
                .doesNotContain("Eingliederungsvereinbarung", "Rechtsfolgenbelehrung", jobcenter);

        // a colleague of another team may not read the case in intake, so planning prints nothing for them
        String stranger = TestTokens.user("fm-zoe", "FM")
                .jobcenter(jobcenter)
                .team("team-fm-9")
                .sign();
        assertThat(status("GET", document, stranger, null)).isEqualTo(403);
    }

    /** PANKOW: the AV refers Erika Mustermann, the FM admits her, and case-opened reaches assessment-service. */
    private String referredAndAdmitted(String av, String fm, String customerNumber) {
        String caseId =
                match(CASE_ID, send("POST", intake.url("/api/referrals"), av, """
                {"customerNumber":"%s","firstName":"Erika","lastName":"Mustermann","dateOfBirth":"1980-04-12",
                 "route":"AV","reasons":["MIN_CRITERIA_MET"],"teamId":"team-fm-1",
                 "facts":{"needsByKeyGroup":{"PERFORMANCE_CAPACITY":2,"LIVING_CONDITIONS":1},
                          "prognosisHorizonMonths":18,"progressExpected":true}}""".formatted(customerNumber), 201));
        send(
                "POST",
                intake.url("/api/cases/" + caseId + "/admission"),
                fm,
                "{\"customerWilling\":true,\"jointCaseDiscussionOn\":\"" + Today.inBerlin() + "\"}",
                200);
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> status("GET", assessment.url("/api/case-references/" + caseId), fm, null) == 200);
        return caseId;
    }

    /** The needs of the first version, carried on with their ids, the debt now resolved. */
    private static String needsWithDebtResolved(String completed, String debt) {
        StringBuilder needs = new StringBuilder();
        Matcher need = Pattern.compile("\\{\"needId\":\"([0-9a-f-]{36})\",\"keyGroup\":\"\\w+\",\"code\":\"(\\w+)\"")
                .matcher(completed);
        while (need.find()) {
            if (needs.length() > 0) {
                needs.append(',');
            }
            needs.append("{\"needId\":\"")
                    .append(need.group(1))
                    .append("\",\"code\":\"")
                    .append(need.group(2))
                    .append("\",\"status\":\"")
                    .append(need.group(1).equals(debt) ? "RESOLVED" : "IN_PROGRESS")
                    .append("\",\"priority\":\"MEDIUM\",\"linkedToTargetOccupation\":true}");
        }
        return needs.toString();
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private String send(String method, String url, String token, String json, int expected) {
        HttpResponse<String> response = exchange(method, url, token, json);
        assertThat(response.statusCode())
                .as(method + " " + url + ": " + response.body())
                .isEqualTo(expected);
        return response.body();
    }

    private int status(String method, String url, String token, String json) {
        return exchange(method, url, token, json).statusCode();
    }

    private HttpResponse<String> exchange(String method, String url, String token, String json) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30));
            request = json == null
                    ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(json));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
