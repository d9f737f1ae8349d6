package nl.signaal.webinar;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.signaal.content.Sectors;
import nl.signaal.content.SupportedLocales;
import nl.signaal.identity.Members;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveActivityTitles;
import nl.signaal.web.ApiException;
import nl.signaal.web.Problem.FieldError;
import nl.signaal.webinar.WebinarApi.Material;
import nl.signaal.webinar.WebinarApi.WebinarCommand;

/**
 * Checks what an organiser sent and names every wrong field at once (400 with one entry per field), so the form can
 * mark them all. Times are instants: the form turns its Europe/Amsterdam input into them.
 */
@Singleton
class WebinarForm {
    static final int MAX_CAPACITY = 10_000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_URL = 500;
    static final int MAX_LOCATION = 300;
    static final int MAX_MATERIALS = 20;
    static final int MAX_STUDY_MINUTES = 6_000;
    private static final int ACTIVITIES_COLUMN = 1_000;

    private final Members members;
    private final LiveActivityTitles activities;

    WebinarForm(Members members, LiveActivityTitles activities) {
        this.members = members;
        this.activities = activities;
    }

    /** A command that passed every check, its lists cleaned up. */
    record Checked(
            Map<String, String> title,
            Map<String, String> description,
            String language,
            List<String> targetGroups,
            Instant startsAt,
            Instant endsAt,
            String mode,
            String meetingUrl,
            String location,
            int capacity,
            Set<UUID> audience,
            List<String> activities,
            List<Material> materials,
            String recordingUrl,
            int studyMinutes) {}

    /**
     * @param currentAudience the audience the webinar has now (empty when scheduling): an attention officer may keep
     *     organisations a trainer added, but not add any.
     */
    Checked check(SignedInUser organiser, WebinarCommand command, Set<UUID> currentAudience) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> title = texts("title", command.title(), MAX_TITLE, true, errors);
        Map<String, String> description = texts("description", command.description(), MAX_DESCRIPTION, false, errors);
        String language = command.language();
        if (language == null || !SupportedLocales.ALL.contains(language)) {
            errors.add(new FieldError("language", "must be one of " + String.join(", ", SupportedLocales.ALL)));
        }
        List<String> targetGroups = distinct(command.targetGroups());
        for (String group : targetGroups) {
            if (!Sectors.ALL.contains(group)) {
                errors.add(new FieldError("targetGroups", "'" + group + "' is not a known sector"));
            }
        }
        Instant startsAt = command.startsAt();
        Instant endsAt = command.endsAt();
        if (startsAt == null) {
            errors.add(new FieldError("startsAt", "is required"));
        }
        if (endsAt == null) {
            errors.add(new FieldError("endsAt", "is required"));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("endsAt", "must be after the start"));
        }
        String mode = command.mode();
        String meetingUrl = blankToNull(command.meetingUrl());
        String location = blankToNull(command.location());
        if (Webinar.ONLINE.equals(mode)) {
            if (meetingUrl == null) {
                errors.add(new FieldError("meetingUrl", "is required for an online webinar"));
            } else if (!url(meetingUrl, true)) {
                errors.add(new FieldError(
                        "meetingUrl", "must be an https:// address of at most " + MAX_URL + " characters"));
            }
            location = null;
        } else if (Webinar.IN_PERSON.equals(mode)) {
            if (location == null) {
                errors.add(new FieldError("location", "is required for a webinar in person"));
            } else if (location.length() > MAX_LOCATION) {
                errors.add(new FieldError("location", "must be at most " + MAX_LOCATION + " characters"));
            }
            if (meetingUrl != null && !url(meetingUrl, false)) {
                errors.add(new FieldError(
                        "meetingUrl", "must be an http(s):// address of at most " + MAX_URL + " characters"));
            }
        } else {
            errors.add(new FieldError("mode", "must be ONLINE or IN_PERSON"));
        }
        Integer capacity = command.capacity();
        if (capacity == null || capacity < 1 || capacity > MAX_CAPACITY) {
            errors.add(new FieldError("capacity", "must be between 1 and " + MAX_CAPACITY));
        }
        Set<UUID> audience = audience(organiser, command.audience(), currentAudience, errors);
        List<String> activityList = activities(command.activities(), errors);
        List<Material> materials = materials(command.materials(), errors);
        String recordingUrl = blankToNull(command.recordingUrl());
        if (recordingUrl != null && !url(recordingUrl, false)) {
            errors.add(new FieldError(
                    "recordingUrl", "must be an http(s):// address of at most " + MAX_URL + " characters"));
        }
        Integer studyMinutes = command.studyMinutes();
        if (studyMinutes != null && (studyMinutes < 0 || studyMinutes > MAX_STUDY_MINUTES)) {
            errors.add(new FieldError("studyMinutes", "must be between 0 and " + MAX_STUDY_MINUTES));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        int minutes = studyMinutes != null
                ? studyMinutes
                : (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
        return new Checked(
                title,
                description,
                language,
                targetGroups,
                startsAt,
                endsAt,
                mode,
                meetingUrl,
                location,
                capacity,
                audience,
                activityList,
                materials,
                recordingUrl,
                Math.min(minutes, MAX_STUDY_MINUTES));
    }

    private static Map<String, String> texts(
            String field, Map<String, String> given, int max, boolean required, List<FieldError> errors) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((locale, text) -> {
                if (!SupportedLocales.ALL.contains(locale)) {
                    errors.add(new FieldError(field, "'" + locale + "' is not a supported locale"));
                } else if (text != null && !text.isBlank()) {
                    if (text.strip().length() > max) {
                        errors.add(new FieldError(field + "." + locale, "must be at most " + max + " characters"));
                    }
                    texts.put(locale, text.strip());
                }
            });
        }
        if (required && !texts.containsKey(SupportedLocales.SOURCE)) {
            errors.add(new FieldError(field + "." + SupportedLocales.SOURCE, "is required (Dutch)"));
        }
        return texts;
    }

    private Set<UUID> audience(
            SignedInUser organiser, List<UUID> given, Set<UUID> currentAudience, List<FieldError> errors) {
        Set<UUID> audience = new LinkedHashSet<>();
        audience.add(organiser.organisationId());
        if (given == null) {
            return audience;
        }
        boolean regional = Role.TRAINER.atMost(organiser.rank());
        for (UUID organisation : given) {
            if (organisation == null || organisation.equals(organiser.organisationId())) {
                continue;
            }
            if (currentAudience.contains(organisation)) {
                audience.add(organisation);
                continue;
            }
            if (!regional) {
                errors.add(
                        new FieldError("audience", "an attention officer schedules for their own organisation only"));
                continue;
            }
            boolean known = members.organisation(organisation)
                    .filter(found -> !found.demo())
                    .isPresent();
            if (known) {
                audience.add(organisation);
            } else {
                errors.add(new FieldError("audience", "'" + organisation + "' is not an organisation you can invite"));
            }
        }
        return audience;
    }

    private List<String> activities(List<String> given, List<FieldError> errors) {
        List<String> list = distinct(given);
        for (String activity : list) {
            int colon = activity.indexOf(':');
            boolean known = colon > 0
                    && activities
                            .title(activity.substring(0, colon), activity.substring(colon + 1), SupportedLocales.SOURCE)
                            .isPresent();
            if (!known) {
                errors.add(new FieldError("activities", "'" + activity + "' is not a live activity (kind:id)"));
            }
        }
        if (String.join(",", list).length() > ACTIVITIES_COLUMN) {
            errors.add(new FieldError("activities", "too many activities"));
        }
        return list;
    }

    private static List<Material> materials(List<Material> given, List<FieldError> errors) {
        List<Material> materials = new ArrayList<>();
        if (given == null) {
            return materials;
        }
        if (given.size() > MAX_MATERIALS) {
            errors.add(new FieldError("materials", "at most " + MAX_MATERIALS + " materials"));
            return materials;
        }
        for (int i = 0; i < given.size(); i++) {
            Material material = given.get(i);
            String title = material == null ? null : blankToNull(material.title());
            String url = material == null ? null : blankToNull(material.url());
            if (title == null || title.length() > MAX_TITLE) {
                errors.add(new FieldError(
                        "materials[" + i + "].title", "is required, at most " + MAX_TITLE + " characters"));
            }
            if (url == null || !url(url, false)) {
                errors.add(new FieldError("materials[" + i + "].url", "must be an http(s):// address"));
            }
            materials.add(new Material(title, url));
        }
        return materials;
    }

    /** An absolute http(s) address with a host; {@code httpsOnly} for the meeting link people open to join. */
    static boolean url(String text, boolean httpsOnly) {
        if (text.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = httpsOnly ? scheme.equals("https") : scheme.equals("https") || scheme.equals("http");
            return allowed && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<String> distinct(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
