package nl.signaal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A small HTTP client for API tests: sends JSON as a browser session would (cookie plus CSRF
 * header) and gives back status, headers and the body as a JSON tree.
 */
public final class Api {
    private final HttpClient client;
    private final JsonMapper json;

    public Api(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** A logged-in browser: the session cookie and the CSRF token that goes with it. */
    public record Session(String cookie, String csrfToken) {}

    public record Response(
            int status, HttpResponse<String> raw, @Nullable JsonNode body) {
        public String text(String field) {
            return body.get(field).getStringValue();
        }

        public String header(String name) {
            return raw.getHeaders().get(name);
        }

        public String contentType() {
            return raw.getContentType().map(Object::toString).orElse("");
        }
    }

    public Response get(String path, @Nullable Session session) {
        return send(HttpRequest.GET(path), session);
    }

    public Response post(String path, Object body, @Nullable Session session) {
        return send(HttpRequest.POST(path, body), session);
    }

    public Response put(String path, Object body, @Nullable Session session) {
        return send(HttpRequest.PUT(path, body), session);
    }

    public Response send(MutableHttpRequest<?> request, @Nullable Session session) {
        if (session != null) {
            request.header("Cookie", "SIGNAAL_SESSION=" + session.cookie());
            request.header("X-CSRF-Token", session.csrfToken());
        }
        HttpResponse<String> response =
                client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        String text = response.getBody(String.class).orElse(null);
        boolean isJson = response.getContentType()
                .map(t -> t.getSubtype().endsWith("json"))
                .orElse(false);
        return new Response(response.code(), response, isJson && text != null && !text.isBlank() ? parse(text) : null);
    }

    public Session logIn(String email, String password) {
        Response response = post("/api/auth/login", java.util.Map.of("email", email, "password", password), null);
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + email + " answered " + response.status());
        }
        String cookie =
                response.raw().getCookie("SIGNAAL_SESSION").orElseThrow().getValue();
        return new Session(cookie, response.text("csrfToken"));
    }

    private JsonNode parse(String text) {
        try {
            return json.readValue(text, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
