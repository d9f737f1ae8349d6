import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives many concurrent learners through a case simulation over HTTP and prints choice-submission
 * throughput and p50/p99 latency, then the same figures for GET /health on the same server (the
 * ceiling). Run by bench/simulation.sh; by hand:
 *   java bench/SimulationLoad.java http://127.0.0.1:8080 admin@example.org password scenario-id learners seconds
 * The admin account invites and registers the learners itself. Sends only to the given base URL.
 */
public class SimulationLoad {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");
    private static final Pattern ORGANISATION = Pattern.compile("\"organisation\":\\{\"id\":\"([^\"]+)\"");
    private static final Pattern CHOICE = Pattern.compile("\"choices\":\\[\\{\"id\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"(ACTIVE|FINISHED)\"");

    record Session(String cookie, String csrf) {
    }

    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static String base;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String adminEmail = args[1];
        String adminPassword = args[2];
        String scenario = args[3];
        int learners = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);

        Session admin = logIn(adminEmail, adminPassword);
        String me = send("GET", "/api/me", null, admin).body();
        String organisation = find(ORGANISATION, me);
        String invitation = send("POST", "/api/organisations/" + organisation + "/invitations",
                "{\"role\":\"LEARNER\",\"maxUses\":" + learners + ",\"validDays\":1}", admin).body();
        String code = find(CODE, invitation);
        List<Session> sessions = new ArrayList<>();
        String runTag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < learners; i++) {
            String email = "bench-" + runTag + "-" + i + "@example.org";
            HttpResponse<String> registered = send("POST", "/api/auth/register", "{\"invitationCode\":\"" + code
                    + "\",\"email\":\"" + email + "\",\"password\":\"bench password 123\",\"displayName\":\"Bench "
                    + i + "\"}", null);
            sessions.add(new Session(cookie(registered), find(CSRF, registered.body())));
        }

        // Warm-up, then the measured phases: choices, then the ceiling on the same server.
        phase("warm-up", sessions, scenario, Math.max(3, seconds / 4), false);
        List<Long> choices = phase("choices", sessions, scenario, seconds, false);
        List<Long> ceiling = phase("ceiling", sessions, scenario, seconds, true);
        report("choice submissions (POST /api/runs/{id}/choices)", choices, seconds);
        report("ceiling (GET /health)", ceiling, seconds);
    }

    static List<Long> phase(String name, List<Session> sessions, String scenario, int seconds, boolean ceiling)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (Session session : sessions) {
            futures.add(pool.submit(() -> ceiling ? ceiling(session, end) : learner(session, scenario, end)));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            latencies.addAll(future.get());
        }
        pool.shutdown();
        return latencies;
    }

    /** One learner: start a run, take the first choice on offer until an ending, start again. */
    static List<Long> learner(Session session, String scenario, long end) throws Exception {
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
            String run = send("POST", "/api/scenarios/" + scenario + "/runs", "{}", session).body();
            String runId = find(ID, run);
            while (System.nanoTime() < end && "ACTIVE".equals(find(STATUS, run))) {
                String choice = find(CHOICE, run);
                long start = System.nanoTime();
                HttpResponse<String> chosen = send("POST", "/api/runs/" + runId + "/choices",
                        "{\"clientChoiceId\":\"" + UUID.randomUUID() + "\",\"choiceId\":\"" + choice + "\"}", session);
                latencies.add(System.nanoTime() - start);
                if (chosen.statusCode() != 200) {
                    throw new IllegalStateException("choice answered " + chosen.statusCode() + ": " + chosen.body());
                }
                run = chosen.body().substring(chosen.body().indexOf("\"run\":"));
            }
        }
        return latencies;
    }

    static List<Long> ceiling(Session session, long end) throws Exception {
        List<Long> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            send("GET", "/health", null, session);
            latencies.add(System.nanoTime() - start);
        }
        return latencies;
    }

    static void report(String what, List<Long> latencies, int seconds) {
        Collections.sort(latencies);
        double p50 = latencies.get(latencies.size() / 2) / 1e6;
        double p99 = latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(latencies.size() * 0.99) - 1)) / 1e6;
        System.out.printf("%-52s %8d requests  %8.0f req/s  p50 %7.2f ms  p99 %7.2f ms%n", what, latencies.size(),
                latencies.size() / (double) seconds, p50, p99);
    }

    static Session logIn(String email, String password) throws Exception {
        HttpResponse<String> response = send("POST", "/api/auth/login",
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login answered " + response.statusCode());
        }
        return new Session(cookie(response), find(CSRF, response.body()));
    }

    static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("SIGNAAL_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    static HttpResponse<String> send(String method, String path, String body, Session session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Cookie", session.cookie()).header("X-CSRF-Token", session.csrf());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return matcher.group(1);
    }
}
