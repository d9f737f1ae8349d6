package nl.signaal.progress;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;

/**
 * Statements that stand for a whole (decision 0055): a refresher session completed, a live session or a webinar
 * attended, a track completed, a certificate earned. They are for an organisation's LRS only: their activities are no
 * module's (no module id), and {@link Practice}, from which memory, refresh months and standing are derived, leaves
 * them out, so progress, module memory, insight and certificates read exactly what they read before. Each has a stable
 * id derived from what it is about and whose it is, written with {@link LearningRecords#recordOnce}: a retry, a second
 * end or a second marking writes nothing.
 */
public final class Occasions {
    static final String REFRESHER_SESSIONS = StatementContexts.REFRESHER_SESSIONS;
    static final String LIVE_SESSIONS = StatementContexts.LIVE_SESSIONS;
    static final String WEBINARS = "webinars/";
    static final String TRACKS = "tracks/";
    static final String CERTIFICATES = "certificates/";
    private static final List<String> PATHS =
            List.of(REFRESHER_SESSIONS, LIVE_SESSIONS, WEBINARS, TRACKS, CERTIFICATES);

    /** Extension with a certificate's expiry (ISO 8601 instant), relative to the base IRI. */
    static final String VALID_UNTIL_EXTENSION = "/extensions/valid-until";

    /** "Refresher" in the product's own words (frontend refresher.json), one per supported locale. */
    private static final Map<String, String> REFRESHER_SESSION_NAMES =
            names("nl", "Opfrisser", "en", "Refresher", "ar", "تنشيط", "tr", "Tazeleme", "pl", "Odświeżenie");

    private Occasions() {}

    /** Whether a record's activity is a whole of decision 0055 rather than practice. */
    public static boolean isOccasion(String activityPath) {
        return PATHS.stream().anyMatch(activityPath::startsWith);
    }

    /** The stable statement id of one kind of whole: the same parts always give the same id (a name-based UUID). */
    public static UUID statementId(String kind, Object... parts) {
        StringBuilder name = new StringBuilder("signaal|").append(kind);
        for (Object part : parts) {
            name.append('|').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A refresher session with all its entries answered: {@code right} of {@code asked}, from start to finish. */
    public static LearningEvent refresherSessionCompleted(
            UUID session, Instant startedAt, Instant finishedAt, int right, int asked, String locale) {
        return new LearningEvent(
                        Verb.COMPLETED,
                        ActivityType.REFRESHER_SESSION,
                        REFRESHER_SESSIONS + session,
                        REFRESHER_SESSION_NAMES.getOrDefault(locale, REFRESHER_SESSION_NAMES.get("en")),
                        null,
                        0,
                        session,
                        new Outcome(right, asked, null, true, null),
                        locale)
                .named(REFRESHER_SESSION_NAMES)
                .lasting(startedAt, finishedAt);
    }

    /** Present at a live session from {@code from} to {@code to}; {@code practised}: the activity it played. */
    public static LearningEvent liveSessionAttended(
            UUID session,
            Map<String, String> names,
            @Nullable String practised,
            int version,
            Instant from,
            Instant to,
            String locale) {
        LearningEvent event = whole(
                        Verb.ATTENDED, ActivityType.LIVE_SESSION, LIVE_SESSIONS + session, names, version, null, locale)
                .lasting(from, to);
        return practised == null ? event : event.about(practised);
    }

    /** Present at a webinar; its duration is the webinar's, from start to end. */
    public static LearningEvent webinarAttended(
            UUID webinar, Map<String, String> names, int version, Instant startsAt, Instant endsAt, String locale) {
        return whole(Verb.ATTENDED, ActivityType.WEBINAR, WEBINARS + webinar, names, version, null, locale)
                .lasting(startsAt, endsAt);
    }

    /** Every part of a track done, in this version. */
    public static LearningEvent trackCompleted(String track, Map<String, String> names, int version, String locale) {
        return whole(
                Verb.COMPLETED,
                ActivityType.TRACK,
                TRACKS + track,
                names,
                version,
                new Outcome(null, null, null, true, null),
                locale);
    }

    /**
     * A certificate issued for {@code certifies} (a path: {@code modules/<id>}, {@code tracks/<id>},
     * {@code webinars/<id>}); its expiry, if any, as the extension {@code <base>/extensions/valid-until}.
     */
    public static LearningEvent certificateEarned(
            UUID certificate,
            String certifies,
            Map<String, String> names,
            int version,
            @Nullable Instant validUntil,
            String locale) {
        LearningEvent event = whole(
                        Verb.EARNED, ActivityType.CERTIFICATE, CERTIFICATES + certificate, names, version, null, locale)
                .about(certifies);
        return validUntil == null ? event : event.extended(VALID_UNTIL_EXTENSION, validUntil.toString());
    }

    /** The event of a whole: no module, no registration; named in every locale it has (the learner's, else the first). */
    private static LearningEvent whole(
            Verb verb,
            ActivityType type,
            String path,
            Map<String, String> names,
            int version,
            @Nullable Outcome outcome,
            String locale) {
        return new LearningEvent(
                        verb,
                        type,
                        path,
                        names.getOrDefault(locale, names.values().iterator().next()),
                        null,
                        version,
                        null,
                        outcome,
                        locale)
                .named(names);
    }

    private static Map<String, String> names(String... pairs) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
