package nl.signaal.progress.forwarding;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An LRS in the test: POST and PUT /xapi/statements and GET /xapi/about, with the xAPI 1.0.3 conflict rules. It
 * stores a statement by id; a known id with other content answers 409 and changes nothing; a known id with the same
 * content answers 409 too when {@link #conflictWhenIdentical} (the specification allows either). A batch is all or
 * nothing. Faults are programmed per test: answer an error N times, hang past the client's timeout, store and then
 * answer 503 (the answer lost), refuse statements with 400.
 */
final class TestLrs implements AutoCloseable {
    static final String USER = "lrs-key";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final JsonMapper json;
    private final String password;

    /** What the LRS keeps: id → statement (without {@code stored}). */
    final Map<String, Map<String, Object>> stored = new ConcurrentHashMap<>();
    /** Every content ever received per id, to show a statement was never sent in two versions. */
    final Map<String, Set<Map<String, Object>>> received = new ConcurrentHashMap<>();

    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger statementsWithStored = new AtomicInteger();

    volatile boolean conflictWhenIdentical = true;
    volatile boolean rejectAll;
    final AtomicInteger failNext = new AtomicInteger();
    volatile int failStatus = 503;
    volatile String retryAfter;
    final AtomicInteger hangNext = new AtomicInteger();
    final AtomicInteger storeThenFailNext = new AtomicInteger();

    TestLrs(JsonMapper json, String password) throws IOException {
        this.json = json;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/xapi/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi";
    }

    int requestCount() {
        return requests.size();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            requests.add(method + " " + exchange.getRequestURI());
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (hangNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 503, "");
                return;
            }
            String expected = "Basic "
                    + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"message\":\"who are you\"}");
                return;
            }
            if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
                answer(exchange, 400, "{\"message\":\"version header\"}");
                return;
            }
            if (path.equals("/xapi/about") && method.equals("GET")) {
                answer(exchange, 200, "{\"version\":[\"1.0.3\"]}");
                return;
            }
            if (!path.equals("/xapi/statements")) {
                answer(exchange, 404, "");
                return;
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter);
                }
                answer(exchange, failStatus, "{\"message\":\"busy\"}");
                return;
            }
            List<Map<String, Object>> statements = new ArrayList<>();
            if (method.equals("POST")) {
                statements.addAll(json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class))));
            } else if (method.equals("PUT")) {
                Map<String, Object> statement = json.readValue(body, Argument.mapOf(String.class, Object.class));
                String query = exchange.getRequestURI().getRawQuery();
                String id = query == null || !query.startsWith("statementId=")
                        ? null
                        : URLDecoder.decode(query.substring("statementId=".length()), StandardCharsets.UTF_8);
                if (id == null || (statement.get("id") != null && !id.equals(statement.get("id")))) {
                    answer(exchange, 400, "{\"message\":\"statementId\"}");
                    return;
                }
                statement.putIfAbsent("id", id);
                statements.add(statement);
            } else {
                answer(exchange, 405, "");
                return;
            }
            Set<String> ids = new HashSet<>();
            for (Map<String, Object> statement : statements) {
                if (statement.containsKey("stored")) {
                    statementsWithStored.incrementAndGet();
                }
                String id = (String) statement.get("id");
                received.computeIfAbsent(id, key -> ConcurrentHashMap.newKeySet())
                        .add(statement);
                if (rejectAll || id == null || !ids.add(id)) {
                    answer(exchange, 400, "{\"message\":\"statement not valid\"}");
                    return;
                }
            }
            synchronized (stored) {
                for (Map<String, Object> statement : statements) {
                    Map<String, Object> known = stored.get((String) statement.get("id"));
                    if (known != null && (conflictWhenIdentical || !known.equals(statement))) {
                        answer(exchange, 409, "{\"message\":\"statement id already stored\"}");
                        return;
                    }
                }
                for (Map<String, Object> statement : statements) {
                    stored.putIfAbsent((String) statement.get("id"), new LinkedHashMap<>(statement));
                }
            }
            if (storeThenFailNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, 503, "");
                return;
            }
            if (method.equals("PUT")) {
                answer(exchange, 204, "");
            } else {
                answer(exchange, 200, json.writeValueAsString(new ArrayList<>(ids)));
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
