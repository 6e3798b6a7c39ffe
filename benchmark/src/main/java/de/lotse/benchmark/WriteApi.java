package de.lotse.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * (b) the referral/admission write API: each virtual user loops POST /api/referrals (AV token),
 * then POST /api/cases/{caseId}/admission (FM token). One HttpClient (HTTP/1.1) for all users; its
 * connection pool is unbounded, so every user keeps its own keep-alive connection. Each POST carries a
 * new Idempotency-Key unless {@code bench.idempotency=false}.
 */
final class WriteApi {
    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final String ADMISSION = "{\"customerWilling\":true}";

    /** One admitted case: its id and the client count of the phase that admitted it. */
    record Admitted(UUID caseId, int clients) {}

    record Result(
            int clients,
            double seconds,
            long referrals,
            long admissions,
            long pairs,
            Figures referral,
            Figures admission,
            long errors,
            Map<String, String> firstErrors,
            List<Admitted> admitted,
            Map<String, Double> cpuSeconds) {
        double writesPerSecond() {
            return (referrals + admissions) / seconds;
        }

        double pairsPerSecond() {
            return pairs / seconds;
        }

        /** CPU milliseconds one referral+admission pair cost a process in the measured window (its share). */
        double cpuMillisPerPair(String process) {
            Double spent = cpuSeconds.get(process);
            return spent == null || pairs == 0 ? Double.NaN : spent * 1000 / pairs;
        }

        /** All processes of the system, without the benchmark client (which the table lists on its own). */
        double cpuMillisPerPairSystem() {
            double spent = cpuSeconds.entrySet().stream()
                    .filter(e -> !e.getKey().equals(SystemProcesses.CLIENT))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
            return pairs == 0 ? Double.NaN : spent * 1000 / pairs;
        }
    }

    private final Settings settings;
    private final SystemProcesses processes;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final AtomicLong customerNumbers;

    WriteApi(Settings settings, SystemProcesses processes) {
        this.settings = settings;
        this.processes = processes;
        this.customerNumbers = new AtomicLong(firstCustomerNumber());
    }

    Result run(int clients) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        List<User> users = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            User user = new User(clients, go, window, firstErrors);
            users.add(user);
            Thread thread = new Thread(user, "user-" + i);
            threads.add(thread);
            thread.start();
        }
        window[0] = System.nanoTime() + settings.warmup().toNanos();
        window[1] = window[0] + settings.apiDuration().toNanos();
        go.countDown();
        // every process's CPU over exactly the measured window (the warm-up's JIT work stays outside)
        sleepUntil(window[0]);
        SystemProcesses.CpuSnapshot before = processes.cpu();
        sleepUntil(window[1]);
        Map<String, Double> cpuSeconds = processes.cpu().since(before);
        for (Thread thread : threads) {
            thread.join();
        }
        Figures referral = new Figures();
        Figures admission = new Figures();
        long pairs = 0;
        long errors = 0;
        List<Admitted> admitted = new ArrayList<>();
        for (User user : users) {
            referral.add(user.referral);
            admission.add(user.admission);
            pairs += user.pairs;
            errors += user.errors;
            admitted.addAll(user.admitted);
        }
        return new Result(
                clients,
                settings.apiDuration().toNanos() / 1e9,
                referral.count(),
                admission.count(),
                pairs,
                referral,
                admission,
                errors,
                new LinkedHashMap<>(firstErrors),
                admitted,
                cpuSeconds);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
    }

    /** Refers and admits {@code count} cases one after the other, {@code pause} apart (no load). */
    List<Admitted> sequential(int count, Duration pause) throws InterruptedException {
        List<Admitted> admitted = new ArrayList<>();
        Map<String, String> ignored = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            UUID caseId = refer(ignored);
            if (caseId != null && admit(caseId, ignored)) {
                admitted.add(new Admitted(caseId, 0));
            }
            Thread.sleep(pause.toMillis());
        }
        return admitted;
    }

    private final class User implements Runnable {
        private final int clients;
        private final CountDownLatch go;
        private final long[] window;
        private final Map<String, String> firstErrors;
        final Figures referral = new Figures();
        final Figures admission = new Figures();
        final List<Admitted> admitted = new ArrayList<>();
        long pairs;
        long errors;

        User(int clients, CountDownLatch go, long[] window, Map<String, String> firstErrors) {
            this.clients = clients;
            this.go = go;
            this.window = window;
            this.firstErrors = firstErrors;
        }

        @Override
        public void run() {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            long measureFrom = window[0];
            long end = window[1];
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                UUID caseId = refer(firstErrors);
                long referred = System.nanoTime();
                if (caseId == null) {
                    errors++;
                    continue;
                }
                if (inside(referred, measureFrom, end)) {
                    referral.record(referred - start);
                }
                boolean ok = admit(caseId, firstErrors);
                long admittedAt = System.nanoTime();
                if (!ok) {
                    errors++;
                    continue;
                }
                admitted.add(new Admitted(caseId, clients));
                if (inside(admittedAt, measureFrom, end)) {
                    admission.record(admittedAt - referred);
                    pairs++;
                }
            }
        }
    }

    private static boolean inside(long time, long from, long to) {
        return time >= from && time <= to;
    }

    /** POSTs a referral; the new case id, or null after recording the error. */
    private UUID refer(Map<String, String> firstErrors) {
        HttpResponse<String> response =
                post("referral", "/api/referrals", settings.avToken(), referralBody(), firstErrors);
        if (response == null) {
            return null;
        }
        Matcher id = CASE_ID.matcher(response.body());
        if (!id.find()) {
            firstErrors.putIfAbsent("referral HTTP " + response.statusCode() + " without caseId", response.body());
            return null;
        }
        return UUID.fromString(id.group(1));
    }

    private boolean admit(UUID caseId, Map<String, String> firstErrors) {
        return post("admission", "/api/cases/" + caseId + "/admission", settings.fmToken(), ADMISSION, firstErrors)
                != null;
    }

    /** The response if it is 2xx; otherwise null, keeping the first body per request type and status. */
    private HttpResponse<String> post(
            String type, String path, String token, String body, Map<String, String> firstErrors) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.intakeUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (settings.idempotencyKeys()) {
            // what a client that retries after a 503 sends: one new key per operation
            builder.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return response;
            }
            firstErrors.putIfAbsent(type + " HTTP " + response.statusCode(), response.body());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            firstErrors.putIfAbsent(type + " interrupted", e.toString());
            return null;
        } catch (Exception e) {
            firstErrors.putIfAbsent(type + " " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            return null;
        }
    }

    private String referralBody() {
        long number = customerNumbers.getAndIncrement() % 1_000_000_000L;
        String customerNumber = String.format("%03dB%06d", number / 1_000_000, number % 1_000_000);
        return """
                {"customerNumber":"%s","firstName":"Bench","lastName":"Mark","dateOfBirth":"1981-06-15",\
                "route":"AV","reasons":["MIN_CRITERIA_MET"],"teamId":"team-fm-1",\
                "facts":{"needsByKeyGroup":{"PERFORMANCE_CAPACITY":2,"LIVING_CONDITIONS":1},"profileCode":"STABILISATION","progressExpected":true}}""".formatted(customerNumber);
    }

    /**
     * Customer numbers of benchmark customers have the letter B ([0-9]{3}B[0-9]{6}, demo data uses D):
     * continue after the highest one intake already knows, so repeated runs never refer a customer
     * who still has an open case. Without access to intake's database, start from the clock.
     */
    private long firstCustomerNumber() {
        try (Connection intake = DriverManager.getConnection(
                        settings.jdbcBase() + "intake", settings.dbUser(), settings.dbPassword());
                Statement statement = intake.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select max(customer_number) from customer where customer_number ~ '^[0-9]{3}B[0-9]{6}$'")) {
            String max = rs.next() ? rs.getString(1) : null;
            return max == null ? 0 : Long.parseLong(max.substring(0, 3) + max.substring(4)) + 1;
        } catch (SQLException | RuntimeException e) {
            System.out.println("   (customer numbers from the clock: intake database not readable: " + e + ")");
            return (System.currentTimeMillis() / 100) % 1_000_000_000L;
        }
    }
}
