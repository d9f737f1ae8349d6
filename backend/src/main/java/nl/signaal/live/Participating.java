package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.signaal.identity.DisplayNames;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveActivity.StepContent;
import nl.signaal.live.LiveVotes.Vote;
import nl.signaal.web.ApiException;
import nl.signaal.webinar.WebinarAttendance;

/**
 * What a participant does: join with the code, vote. A participant is known by the random token in their cookie; only
 * its SHA-256 is stored, so the table cannot be used to act as anyone.
 */
@Singleton
class Participating {
    static final int NICKNAME_LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Entries per in-memory lookup (voters by token hash, open steps) before it is emptied. */
    static final int REMEMBERED = 20_000;
    /** How long an open step's options are trusted before the session row is read again (and its idleness checked). */
    private static final Duration LOOK_AGAIN = Duration.ofMinutes(1);

    private final LiveSessionRepository sessions;
    private final LiveParticipantRepository participants;
    private final LiveVotes votes;
    private final LiveActivities activities;
    private final Facilitating facilitating;
    private final LiveBus bus;
    private final WebinarAttendance webinars;
    private final Clock clock;
    private final Map<String, LiveParticipant> voters = new ConcurrentHashMap<>();
    private final Map<StepKey, OpenStep> openSteps = new ConcurrentHashMap<>();

    private record StepKey(UUID sessionId, int step) {}

    private record OpenStep(Set<String> optionIds, Instant seenAt) {}

    Participating(
            LiveSessionRepository sessions,
            LiveParticipantRepository participants,
            LiveVotes votes,
            LiveActivities activities,
            Facilitating facilitating,
            LiveBus bus,
            WebinarAttendance webinars,
            Clock clock) {
        this.webinars = webinars;
        this.sessions = sessions;
        this.participants = participants;
        this.votes = votes;
        this.activities = activities;
        this.facilitating = facilitating;
        this.bus = bus;
        this.clock = clock;
    }

    /** A new participant (token is the cookie value) or the one this browser already is (token null). */
    record Joining(LiveParticipant participant, @Nullable String token) {}

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The participant the cookie token stands for, if any. */
    Optional<LiveParticipant> byToken(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return participants.findByTokenHash(hash(token));
    }

    /** The open session with this code; 404 naming the field {@code code} when there is none. */
    LiveSession openSession(String code) {
        return (code.matches("[0-9]{6}") ? sessions.findByOpenCode(code) : Optional.<LiveSession>empty())
                .orElseThrow(Participating::noSession);
    }

    static ApiException noSession() {
        return new ApiException(
                io.micronaut.http.HttpStatus.NOT_FOUND,
                "No open session with this code.",
                List.of(new nl.signaal.web.Problem.FieldError("code", "no open session with this code")));
    }

    /**
     * Joins the session. The same browser (its cookie of this session) gets its participant back; a signed-in user
     * joining as themselves again gets theirs back on a new token (a second device), the old cookie stops working.
     */
    @Transactional
    Joining join(
            LiveSession found,
            @Nullable LiveParticipant already,
            @Nullable String nickname,
            @Nullable SignedInUser self) {
        if (already != null && already.sessionId().equals(found.id())) {
            if (already.removed()) {
                throw removed();
            }
            return new Joining(already, null);
        }
        String name = self != null ? self.displayName() : checkedNickname(nickname);
        if (sessions.crowdChanged(found.id()) == 0) {
            throw noSession(); // it ended meanwhile; this also locks the row, so joins are dealt one by one
        }
        String token = newToken();
        if (self != null) {
            Optional<LiveParticipant> mine =
                    participants.findBySessionIdAndRemovedAtIsNullOrderByJoinedAt(found.id()).stream()
                            .filter(p -> self.id().equals(p.userId()))
                            .findFirst();
            if (mine.isPresent()) {
                LiveParticipant moved = participants.update(new LiveParticipant(
                        mine.get().id(),
                        found.id(),
                        mine.get().nickname(),
                        hash(token),
                        self.id(),
                        self.organisationId(),
                        mine.get().fragmentId(),
                        mine.get().joinedAt(),
                        null));
                attending(found, self);
                return new Joining(moved, token);
            }
        }
        String unique = unique(found.id(), name);
        List<LiveActivity.Fragment> fragments = activities.activity(found).fragments(found.locale());
        String fragment = fragments.isEmpty()
                ? null
                : fragments
                        .get((int) (participants.countBySessionId(found.id()) % fragments.size()))
                        .id();
        LiveParticipant participant = participants.save(new LiveParticipant(
                UUID.randomUUID(),
                found.id(),
                unique,
                hash(token),
                self == null ? null : self.id(),
                self == null ? null : self.organisationId(),
                fragment,
                clock.instant(),
                null));
        attending(found, self);
        return new Joining(participant, token);
    }

    /** Joining a webinar's live part as oneself is attending it, if one has a place (in this transaction). */
    private void attending(LiveSession session, @Nullable SignedInUser self) {
        if (self != null && session.webinarId() != null) {
            webinars.joinedLive(session.webinarId(), self.id());
        }
    }

    static String checkedNickname(@Nullable String nickname) {
        if (nickname == null || nickname.isBlank()) {
            throw ApiException.invalidField("nickname", "must not be empty");
        }
        String name = DisplayNames.normalise("nickname", nickname);
        if (name.codePointCount(0, name.length()) > NICKNAME_LENGTH) {
            throw ApiException.invalidField("nickname", "must be at most " + NICKNAME_LENGTH + " characters");
        }
        return name;
    }

    /** The name, or with " 2", " 3", ... when someone in the session already has it. */
    private String unique(UUID sessionId, String name) {
        String base = cut(name, NICKNAME_LENGTH);
        if (!participants.existsBySessionIdAndNickname(sessionId, base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = " " + n;
            String candidate = cut(base, NICKNAME_LENGTH - suffix.length()).strip() + suffix;
            if (!participants.existsBySessionIdAndNickname(sessionId, candidate)) {
                return candidate;
            }
        }
    }

    private static String cut(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static ApiException removed() {
        return ApiException.forbidden("You were removed from this session.");
    }

    /**
     * The participant the cookie token stands for, for a vote: kept in memory once seen, as a vote re-checks in its
     * own SQL that the participant with this token hash is not removed ({@link LiveVotes#cast}); a refused vote
     * forgets the entry. Bounded: emptied when it holds {@link #REMEMBERED} entries.
     */
    Optional<LiveParticipant> voter(@Nullable String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        LiveParticipant known = voters.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<LiveParticipant> found = participants.findByTokenHash(hash);
        found.filter(p -> !p.removed()).ifPresent(p -> remember(voters, hash, p));
        return found;
    }

    private static <K, V> void remember(Map<K, V> cache, K key, V value) {
        if (cache.size() >= REMEMBERED) {
            cache.clear(); // a crude bound: a session's voters are read back in a burst's first second
        }
        cache.put(key, value);
    }

    /**
     * One vote; the same voteId again answers what it stored. Checked without a lock first (the step's option ids
     * come from memory); then {@link LiveVotes#cast} writes the vote row and passes the session's vote gate last, which
     * holds only while this step is voting and waits for a facilitator action in progress, so no vote lands after the
     * tally was shown.
     */
    Vote vote(LiveParticipant participant, UUID voteId, int step, String optionId) {
        UUID sessionId = participant.sessionId();
        Set<String> options = openStep(sessionId, step);
        if (options == null) {
            Vote earlier = votes.byVoteId(voteId);
            if (earlier != null && earlier.participantId().equals(participant.id())) {
                return earlier; // a retry after voting closed still gets its answer
            }
            throw notOpen(sessionId, step);
        }
        if (!options.contains(optionId)) {
            throw ApiException.invalidField("optionId", "'" + optionId + "' is not an option of this step");
        }
        try {
            return votes.cast(participant, voteId, step, optionId, clock.instant());
        } catch (LiveVotes.Refused refused) {
            switch (refused.reason) {
                case VOTE_ID_USED -> throw ApiException.conflict("This voteId was already used.");
                case NOT_A_VOTER -> {
                    voters.remove(participant.tokenHash());
                    throw participants
                            .findById(participant.id())
                            .filter(p -> p.tokenHash().equals(participant.tokenHash()))
                            .map(p -> removed())
                            .orElseGet(() ->
                                    ApiException.notFound("You have not joined this session (or in another browser)."));
                }
                default -> {
                    openSteps.remove(new StepKey(sessionId, step));
                    throw notOpen(sessionId, step);
                }
            }
        } catch (DataAccessException raced) {
            throw ApiException.conflict("Another vote of yours arrived at the same time; send it again.");
        }
    }

    /**
     * The option ids of the step if it is the session's current step and running, from memory when this node looked
     * within the last minute (a step's options never change: a step index reached stays at its node); null otherwise.
     * Whether voting is still open is the gate's business, not this one's. Looking also ends an idle session.
     */
    @Nullable
    private Set<String> openStep(UUID sessionId, int step) {
        StepKey key = new StepKey(sessionId, step);
        Instant now = clock.instant();
        OpenStep known = openSteps.get(key);
        if (known != null && known.seenAt().plus(LOOK_AGAIN).isAfter(now)) {
            return known.optionIds();
        }
        LiveSession session = sessions.findById(sessionId).orElseThrow();
        if (!session.ended() && facilitating.idle(session) && facilitating.expireIfIdle(sessionId)) {
            bus.publish(sessionId);
            return null;
        }
        if (!session.running() || session.stepIndex() != step) {
            return null;
        }
        StepContent content =
                activities.activity(session).step(session.nodeId(), session.engineState(), session.locale());
        Set<String> ids =
                content.options().stream().map(LiveActivity.Option::id).collect(Collectors.toUnmodifiableSet());
        openSteps.keySet().removeIf(other -> other.sessionId().equals(sessionId) && other.step() != step);
        remember(openSteps, key, new OpenStep(ids, now));
        return ids;
    }

    /** The 409 for a vote on a step that is not open, saying why. */
    private ApiException notOpen(UUID sessionId, int step) {
        LiveSession session = sessions.findById(sessionId).orElseThrow();
        if (session.ended()) {
            return ApiException.conflict("The session has ended.");
        }
        if (!session.running() || session.stepIndex() != step) {
            return ApiException.conflict("Step " + step + " is not open for votes.");
        }
        return ApiException.conflict("Voting on this step is closed.");
    }
}
