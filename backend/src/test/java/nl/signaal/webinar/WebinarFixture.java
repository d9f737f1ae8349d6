package nl.signaal.webinar;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the webinar tests: a valid online webinar that each test changes where it needs to. */
final class WebinarFixture {
    static final String MEETING = "https://meet.jit.si/signaal-test-webinar";

    private WebinarFixture() {}

    /** A valid online webinar in ten days, for an hour, with this capacity. */
    static Map<String, Object> online(int capacity) {
        return online(capacity, Instant.now());
    }

    /** The same, ten days after {@code now} (a test's moved clock). */
    static Map<String, Object> online(int capacity, Instant now) {
        Instant starts = now.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", Map.of("nl", "Signalen bij jonge kinderen", "en", "Signs in young children"));
        body.put("description", Map.of("nl", "Een uur over signalen.", "en", "An hour about signs."));
        body.put("language", "nl");
        body.put("targetGroups", List.of());
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(Duration.ofHours(1)).toString());
        body.put("mode", "ONLINE");
        body.put("meetingUrl", MEETING);
        body.put("capacity", capacity);
        body.put("audience", List.of());
        body.put("activities", List.of());
        body.put("materials", List.of(Map.of("title", "Dia's", "url", "https://example.org/dias.pdf")));
        body.put("recordingUrl", "https://example.org/opname");
        body.put("studyMinutes", 60);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        Map<String, Object> changed = new HashMap<>(body);
        for (int i = 0; i < pairs.length; i += 2) {
            changed.put((String) pairs[i], pairs[i + 1]);
        }
        return changed;
    }

    static Map<String, Object> withAudience(Map<String, Object> body, UUID... organisations) {
        List<String> ids = new ArrayList<>();
        for (UUID organisation : organisations) {
            ids.add(organisation.toString());
        }
        return with(body, "audience", ids);
    }
}
