package de.lotse.devinfra;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads demo cases through the public intake API (referral by the AV, admission by an FM), so
 * the demo shows the real flow: outbox, Kafka, and the read models of the other services.
 * Skips loading when the demo Jobcenter already has cases.
 *
 * <pre>DemoData http://127.0.0.1:8081 [count]</pre>
 */
public final class DemoData {
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String[] FIRST = {"Erika", "Max", "Aylin", "Jonas", "Mehmet", "Svetlana", "Kevin", "Fatma",
            "Lea", "Dariusz", "Sabine", "Tom"};
    private static final String[] LAST = {"Mustermann", "Schulz", "Yilmaz", "Nowak", "Becker", "Kowalski", "Hoffmann",
            "Öztürk", "Wagner", "Richter", "Krause", "Lehmann"};

    private DemoData() {
    }

    public static void main(String[] args) throws Exception {
        String intake = args.length > 0 ? args[0] : "http://127.0.0.1:8081";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String av = DevTokens.token("av-bernd");
        List<String> managers = List.of("fm-anna", "fm-jonas", "fm-selin");
        Random random = new Random(42);
        int created = 0;
        for (int i = 0; i < count; i++) {
            boolean young = i % 4 == 3;
            String team = young ? "team-fm-2" : "team-fm-1";
            String manager = young ? "fm-selin" : managers.get(i % 2);
            String customerNumber = String.format("%03dD%06d", 900 + i, 100000 + i);
            String body = String.format("""
                    {"customerNumber":"%s","firstName":"%s","lastName":"%s","dateOfBirth":"%s","route":"%s",
                     "reasons":["MIN_CRITERIA_MET"],"teamId":"%s",
                     "facts":{"needsByKeyGroup":{"PERFORMANCE_CAPACITY":2,"LIVING_CONDITIONS":1},"profileCode":"STABILISATION","progressExpected":true},
                     "note":"Demo-Vormerkung: mehrere Handlungsbedarfe in Rahmenbedingungen und Leistungsfähigkeit"}""",
                    customerNumber, FIRST[i % FIRST.length], LAST[(i * 5) % LAST.length],
                    young ? (2003 + random.nextInt(3)) + "-03-14" : (1968 + random.nextInt(30)) + "-09-02",
                    i % 5 == 4 ? "NEW_CUSTOMER_CENTRE" : "AV", team);
            HttpResponse<String> referred = post(http, intake + "/api/referrals", av, body);
            if (referred.statusCode() == 409) {
                continue; // already loaded earlier
            }
            if (referred.statusCode() != 201) {
                throw new IllegalStateException("referral failed: " + referred.statusCode() + " " + referred.body());
            }
            Matcher id = CASE_ID.matcher(referred.body());
            if (!id.find()) {
                throw new IllegalStateException("no caseId in " + referred.body());
            }
            if (i % 6 == 5) {
                created++;
                continue; // leave some referrals waiting for the FM's decision
            }
            HttpResponse<String> admitted = post(http, intake + "/api/cases/" + id.group(1) + "/admission",
                    DevTokens.token(manager), "{\"customerWilling\":true}");
            if (admitted.statusCode() != 200) {
                throw new IllegalStateException("admission failed: " + admitted.statusCode() + " " + admitted.body());
            }
            created++;
        }
        System.out.println("demo data: " + created + " new cases in " + System.getenv().getOrDefault(
                "LOTSE_DEMO_JOBCENTER", "jc-demo"));
    }

    private static HttpResponse<String> post(HttpClient http, String url, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
