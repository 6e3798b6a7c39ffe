package de.lotse.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * (d) audited reads, the hot path of the audit log: each virtual user alternates the FM's caseload
 * list ({@code GET /api/cases?scope=MY_CASELOAD}, one audit entry per listed case, written with one
 * statement) and one case file ({@code GET /api/cases/{id}}, one audit entry) of the cases (b) admitted.
 */
final class ReadApi {

    record Result(
            int clients,
            double seconds,
            Figures list,
            Figures file,
            long auditEntries,
            long errors,
            Map<String, String> firstErrors) {
        double readsPerSecond() {
            return (list.count() + file.count()) / seconds;
        }

        double auditEntriesPerSecond() {
            return auditEntries / seconds;
        }
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ReadApi(Settings settings) {
        this.settings = settings;
    }

    Result run(int clients, List<UUID> cases) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        List<User> users = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            User user = new User(go, window, firstErrors, cases);
            users.add(user);
            Thread thread = new Thread(user, "reader-" + i);
            threads.add(thread);
            thread.start();
        }
        window[0] = System.nanoTime() + settings.warmup().toNanos();
        window[1] = window[0] + settings.readDuration().toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        Figures list = new Figures();
        Figures file = new Figures();
        long entries = 0;
        long errors = 0;
        for (User user : users) {
            list.add(user.list);
            file.add(user.file);
            entries += user.auditEntries;
            errors += user.errors;
        }
        return new Result(
                clients,
                settings.readDuration().toNanos() / 1e9,
                list,
                file,
                entries,
                errors,
                new LinkedHashMap<>(firstErrors));
    }

    private final class User implements Runnable {
        private final CountDownLatch go;
        private final long[] window;
        private final Map<String, String> firstErrors;
        private final List<UUID> cases;
        final Figures list = new Figures();
        final Figures file = new Figures();
        long auditEntries;
        long errors;

        User(CountDownLatch go, long[] window, Map<String, String> firstErrors, List<UUID> cases) {
            this.go = go;
            this.window = window;
            this.firstErrors = firstErrors;
            this.cases = cases;
        }

        @Override
        public void run() {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            int pages = Math.max(1, cases.size() / settings.readPageSize());
            while (System.nanoTime() < window[1]) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long start = System.nanoTime();
                HttpResponse<String> page = get(
                        "list",
                        "/api/cases?scope=MY_CASELOAD&size=" + settings.readPageSize() + "&page="
                                + random.nextInt(pages));
                long listed = System.nanoTime();
                if (page == null) {
                    errors++;
                } else if (listed >= window[0]) {
                    list.record(listed - start);
                    auditEntries += settings.readPageSize();
                }
                if (cases.isEmpty()) {
                    continue;
                }
                HttpResponse<String> one = get("case file", "/api/cases/" + cases.get(random.nextInt(cases.size())));
                long read = System.nanoTime();
                if (one == null) {
                    errors++;
                } else if (read >= window[0]) {
                    file.record(read - listed);
                    auditEntries++;
                }
            }
        }

        private HttpResponse<String> get(String type, String path) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.intakeUrl() + path))
                    .header("Authorization", "Bearer " + settings.fmToken())
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build();
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
    }
}
