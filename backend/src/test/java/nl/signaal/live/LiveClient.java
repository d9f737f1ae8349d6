package nl.signaal.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.Api;

/** Drives live sessions through the HTTP API as a facilitator's browser and participants' phones would. */
final class LiveClient {
    private final Api api;

    LiveClient(Api api) {
        this.api = api;
    }

    /** A participant's phone: its live cookie, optionally also signed in. */
    record Phone(
            String sessionId,
            String participantId,
            String cookie,
            @Nullable Api.Session signedIn) {}

    Api api() {
        return api;
    }

    JsonNode open(Api.Session facilitator, String kind, String activityId) {
        Api.Response opened = api.post(
                "/api/live/sessions", Map.of("kind", kind, "activityId", activityId, "locale", "en"), facilitator);
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        return opened.body();
    }

    Api.Response act(Api.Session facilitator, String sessionId, String action, @Nullable Integer step) {
        return act(facilitator, sessionId, action, step, null);
    }

    Api.Response act(
            Api.Session facilitator,
            String sessionId,
            String action,
            @Nullable Integer step,
            @Nullable String optionId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        if (step != null) {
            body.put("step", step);
        }
        if (optionId != null) {
            body.put("optionId", optionId);
        }
        return api.post("/api/live/sessions/" + sessionId + "/actions", body, facilitator);
    }

    JsonNode acted(Api.Session facilitator, String sessionId, String action, @Nullable Integer step) {
        Api.Response response = act(facilitator, sessionId, action, step);
        assertThat(response.status()).as(action + ": " + response.raw().body()).isEqualTo(200);
        return response.body();
    }

    Api.Response join(String code, String nickname, @Nullable String cookie) {
        MutableHttpRequest<?> request = HttpRequest.POST("/api/live/join", Map.of("code", code, "nickname", nickname));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return api.send(request, null);
    }

    Phone joined(String code, String nickname) {
        Api.Response response = join(code, nickname, null);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return phone(response, null);
    }

    /** Joins as the signed-in user. */
    Phone joinedAsSelf(String code, Api.Session signedIn) {
        Api.Response response = api.post("/api/live/join", Map.of("code", code, "asSelf", true), signedIn);
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        return phone(response, signedIn);
    }

    private static Phone phone(Api.Response response, @Nullable Api.Session signedIn) {
        String sessionId = response.text("sessionId");
        String name = ParticipantController.cookieName(UUID.fromString(sessionId));
        String value = response.raw().getCookie(name).orElseThrow().getValue();
        return new Phone(sessionId, response.text("participantId"), name + "=" + value, signedIn);
    }

    Api.Response vote(Phone phone, UUID voteId, int step, String optionId) {
        return send(
                phone,
                HttpRequest.POST(
                        "/api/live/play/" + phone.sessionId() + "/votes",
                        Map.of("voteId", voteId.toString(), "step", step, "optionId", optionId)));
    }

    Api.Response play(Phone phone) {
        return send(phone, HttpRequest.GET("/api/live/play/" + phone.sessionId()));
    }

    Api.Response send(Phone phone, MutableHttpRequest<?> request) {
        String cookies = phone.cookie();
        if (phone.signedIn() != null) {
            cookies = cookies + "; SIGNAAL_SESSION=" + phone.signedIn().cookie();
            request.header("X-CSRF-Token", phone.signedIn().csrfToken());
        }
        request.header("Cookie", cookies);
        return api.send(request, null);
    }

    static List<String> optionIds(JsonNode view) {
        List<String> ids = new ArrayList<>();
        JsonNode options = view.get("step").get("options");
        for (int i = 0; i < options.size(); i++) {
            ids.add(options.get(i).get("id").getStringValue());
        }
        return ids;
    }
}
