package nl.signaal.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.content.SupportedLocales;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveActivity.Option;
import nl.signaal.live.LiveActivity.Position;
import nl.signaal.live.LiveActivity.StepContent;
import nl.signaal.live.LiveApi.ActionCommand;
import nl.signaal.live.LiveDecisions.Decision;
import nl.signaal.web.ApiException;

/**
 * What a facilitator does to a session. Each action locks the session row, so two screens of the same facilitator
 * (or two facilitators of the organisation) act one after the other; an action whose effect is already there answers
 * without changing anything, which makes a retry safe. Callers publish the change on the {@link LiveBus} after the
 * transaction committed.
 */
@Singleton
class Facilitating {
    private static final List<String> PHASES =
            List.of(LiveSession.VOTING, LiveSession.CLOSED, LiveSession.REVEALED, LiveSession.DECIDED);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LiveSessionRepository sessions;
    private final LiveParticipantRepository participants;
    private final LiveVotes votes;
    private final LiveDecisions decisions;
    private final LiveActivities activities;
    private final LivePractice practice;
    private final LiveVoteGates gates;
    private final LiveAttendance attendance;
    private final Clock clock;
    private final Duration idleTimeout;

    Facilitating(
            LiveSessionRepository sessions,
            LiveParticipantRepository participants,
            LiveVotes votes,
            LiveDecisions decisions,
            LiveActivities activities,
            LivePractice practice,
            LiveVoteGates gates,
            LiveAttendance attendance,
            Clock clock,
            @Value("${signaal.live.idle-timeout:PT2H}") Duration idleTimeout) {
        this.sessions = sessions;
        this.participants = participants;
        this.votes = votes;
        this.decisions = decisions;
        this.activities = activities;
        this.practice = practice;
        this.gates = gates;
        this.attendance = attendance;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** 403 unless the user ranks at least attention officer. */
    static SignedInUser facilitator(SignedInUser user) {
        if (!Role.ATTENTION_OFFICER.atMost(user.rank())) {
            throw ApiException.forbidden(
                    "Only attention officers, trainers, coordinators and administrators run live sessions.");
        }
        return user;
    }

    /** The session, if it belongs to the facilitator's organisation; 404 otherwise (its existence stays hidden). */
    LiveSession owned(SignedInUser user, UUID sessionId) {
        return sessions.findById(sessionId)
                .filter(session -> session.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> ApiException.notFound("No such live session."));
    }

    LiveSession open(SignedInUser user, String kind, String activityId, String locale) {
        return open(user, kind, activityId, locale, null);
    }

    /** Opens a session; {@code webinarId} names the webinar whose live part it is (null: an ordinary session). */
    LiveSession open(SignedInUser user, String kind, String activityId, String locale, @Nullable UUID webinarId) {
        if (activities.all(kind, user.organisationId()) == null) {
            throw ApiException.invalidField("kind", "must be case, check or pooling");
        }
        LiveActivity activity = activities
                .find(kind, activityId, user.organisationId())
                .orElseThrow(() -> ApiException.invalidField("activityId", "no " + kind + " with this id"));
        if (!SupportedLocales.ALL.contains(locale)) {
            throw ApiException.invalidField("locale", "must be one of " + String.join(", ", SupportedLocales.ALL));
        }
        for (int attempt = 0; ; attempt++) {
            String code = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (sessions.existsByOpenCode(code)) {
                continue;
            }
            Instant now = clock.instant();
            try {
                return sessions.save(new LiveSession(
                        UUID.randomUUID(),
                        user.organisationId(),
                        user.id(),
                        kind,
                        activity.id(),
                        locale,
                        LiveSession.LOBBY,
                        code,
                        code,
                        0,
                        null,
                        null,
                        null,
                        null,
                        1,
                        0,
                        now,
                        null,
                        null,
                        now,
                        webinarId));
            } catch (DataAccessException taken) {
                if (attempt > 5) {
                    throw taken; // the unique constraint keeps refusing: not a race on a code
                }
            }
        }
    }

    /** Ends the session if it was idle longer than the timeout; true when it did (the caller publishes). */
    @Transactional
    boolean expireIfIdle(UUID sessionId) {
        Optional<LiveSession> found = sessions.findByIdForUpdate(sessionId);
        if (found.isEmpty() || found.get().ended() || !idle(found.get())) {
            return false;
        }
        LiveSession session = found.get();
        Instant lastVote = gates.count(sessionId).lastVoteAt();
        if (lastVote != null && lastVote.isAfter(session.lastActivityAt())) {
            // votes keep a session alive but do not write its row: catch the row up instead of ending it
            sessions.touch(sessionId, lastVote);
            if (!idle(session.withLastActivity(lastVote))) {
                return false;
            }
        }
        attendance.ended(stored(session.acted(
                LiveSession.ENDED,
                session.stepIndex(),
                session.phase(),
                session.nodeId(),
                session.engineState(),
                session.timerEndsAt(),
                session.lastActivityAt())));
        return true;
    }

    /**
     * Stores the session after an action, its vote gates first: rewriting all of them waits for the votes that hold
     * one and shuts out any vote that comes later, so no vote lands after a reveal, close or timer.
     */
    private LiveSession stored(LiveSession session) {
        gates.follow(session);
        return sessions.update(session);
    }

    boolean idle(LiveSession session) {
        return !session.lastActivityAt().plus(idleTimeout).isAfter(clock.instant());
    }

    /** Applies one action; answers the session as it stands afterwards. */
    @Transactional
    LiveSession act(SignedInUser user, UUID sessionId, ActionCommand command) {
        LiveSession session = sessions.findByIdForUpdate(sessionId)
                .filter(s -> s.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> ApiException.notFound("No such live session."));
        Instant now = clock.instant();
        String action = command.action();
        switch (action) {
            case "start" -> {
                if (!LiveSession.LOBBY.equals(session.status())) {
                    return unlessEnded(session, action);
                }
                Position start = activities.activity(session).start();
                return stored(session.acted(
                        LiveSession.RUNNING, 0, LiveSession.VOTING, start.nodeId(), start.state(), null, now));
            }
            case "end" -> {
                if (session.ended()) {
                    return session;
                }
                LiveSession ended = stored(session.acted(
                        LiveSession.ENDED,
                        session.stepIndex(),
                        session.phase(),
                        session.nodeId(),
                        session.engineState(),
                        session.timerEndsAt(),
                        now));
                attendance.ended(ended);
                return ended;
            }
            case "close", "open", "reveal", "decide", "next", "timer" -> {
                return stepAction(session, command, now);
            }
            default -> throw ApiException.invalidField("action", "unknown action '" + action + "'");
        }
    }

    private LiveSession unlessEnded(LiveSession session, String action) {
        if (session.ended()) {
            throw ApiException.conflict("The session has ended: '" + action + "' is not possible any more.");
        }
        return session;
    }

    private LiveSession stepAction(LiveSession session, ActionCommand command, Instant now) {
        String action = command.action();
        if (command.step() == null) {
            throw ApiException.invalidField("step", "must name the step the action is meant for");
        }
        int step = command.step();
        if (step < session.stepIndex() && !LiveSession.LOBBY.equals(session.status())) {
            return session; // a retry of an action on a step the session has moved past
        }
        unlessEnded(session, action);
        if (!session.running()) {
            throw ApiException.conflict("'" + action + "' is only possible while the session is running.");
        }
        if (step > session.stepIndex()) {
            throw ApiException.conflict("Step " + step + " is not the current step (" + session.stepIndex() + ").");
        }
        int phase = PHASES.indexOf(session.phase());
        boolean timerPassed = !session.votingOpen(now) && LiveSession.VOTING.equals(session.phase());
        return switch (action) {
            case "close" -> phase >= 1 ? session : move(session, LiveSession.CLOSED, null, now);
            case "open" -> {
                if (phase >= 2) {
                    throw ApiException.conflict("'open' is not possible after the reveal.");
                }
                yield phase == 0 && !timerPassed ? session : move(session, LiveSession.VOTING, null, now);
            }
            case "reveal" -> phase >= 2 ? session : move(session, LiveSession.REVEALED, null, now);
            case "timer" -> {
                if (phase != 0) {
                    throw ApiException.conflict("'timer' is only possible while voting.");
                }
                Integer seconds = command.seconds();
                if (seconds == null || seconds < 10 || seconds > 600) {
                    throw ApiException.invalidField("seconds", "must be between 10 and 600");
                }
                yield move(session, LiveSession.VOTING, now.plusSeconds(seconds), now);
            }
            case "decide" -> {
                if (phase == 3) {
                    yield session;
                }
                if (phase != 2) {
                    throw ApiException.conflict("'decide' comes after the reveal: reveal the votes first.");
                }
                yield decide(session, command.optionId(), now);
            }
            case "next" -> {
                if (phase != 3) {
                    throw ApiException.conflict("'next' comes after the decision: decide this step first.");
                }
                yield next(session, now);
            }
            default -> throw new IllegalStateException(action);
        };
    }

    private LiveSession move(LiveSession session, String phase, @Nullable Instant timerEndsAt, Instant now) {
        return stored(session.acted(
                session.status(),
                session.stepIndex(),
                phase,
                session.nodeId(),
                session.engineState(),
                timerEndsAt,
                now));
    }

    private LiveSession decide(LiveSession session, @Nullable String optionId, Instant now) {
        LiveActivity activity = activities.activity(session);
        StepContent step = activity.step(session.nodeId(), session.engineState(), session.locale());
        Map<String, Integer> counted = votes.tally(session.id(), session.stepIndex());
        Map<String, Integer> tally = new LinkedHashMap<>();
        for (Option option : LiveViews.shuffled(session.id(), session.stepIndex(), step.options())) {
            tally.put(option.id(), counted.getOrDefault(option.id(), 0));
        }
        String chosen;
        String how;
        if (!activity.groupChooses()) {
            chosen = step.recommended().get(0);
            how = "ANSWER";
        } else if (optionId != null) {
            if (!tally.containsKey(optionId)) {
                throw ApiException.invalidField("optionId", "'" + optionId + "' is not an option of this step");
            }
            chosen = optionId;
            how = "FACILITATOR";
        } else {
            chosen = majority(tally);
            how = "MAJORITY";
        }
        decisions.save(session.id(), new Decision(session.stepIndex(), session.nodeId(), chosen, how, tally), now);
        practice.decided(session, step);
        return move(session, LiveSession.DECIDED, null, now);
    }

    private static String majority(Map<String, Integer> tally) {
        int most = tally.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (most == 0) {
            throw ApiException.conflict("No votes yet: choose the path.");
        }
        List<String> leaders = tally.entrySet().stream()
                .filter(entry -> entry.getValue() == most)
                .map(Map.Entry::getKey)
                .toList();
        if (leaders.size() > 1) {
            throw ApiException.conflict("The votes are tied: choose the path.");
        }
        return leaders.get(0);
    }

    private LiveSession next(LiveSession session, Instant now) {
        LiveActivity activity = activities.activity(session);
        Decision decision = decisions.of(session.id()).stream()
                .filter(d -> d.step() == session.stepIndex())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a DECIDED step without its decision"));
        Position next = activity.next(
                new Position(session.stepIndex(), session.nodeId(), session.engineState(), false),
                decision.chosenOptionId());
        if (next.finished()) {
            return stored(
                    session.acted(LiveSession.DEBRIEF, next.index(), null, next.nodeId(), next.state(), null, now));
        }
        return stored(session.acted(
                LiveSession.RUNNING, next.index(), LiveSession.VOTING, next.nodeId(), next.state(), null, now));
    }

    /** Removes a participant: their cookie stops working, their vote of a step not yet revealed no longer counts. */
    @Transactional
    boolean remove(SignedInUser user, UUID sessionId, UUID participantId) {
        LiveSession session = sessions.findByIdForUpdate(sessionId)
                .filter(s -> s.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> ApiException.notFound("No such live session."));
        LiveParticipant participant = participants
                .findById(participantId)
                .filter(p -> p.sessionId().equals(sessionId))
                .orElseThrow(() -> ApiException.notFound("No such participant in this session."));
        if (participant.removed()) {
            return false;
        }
        Instant now = clock.instant();
        participants.remove(participantId, now);
        int phase = session.phase() == null ? -1 : PHASES.indexOf(session.phase());
        if (session.running() && phase >= 0 && phase < 2) {
            votes.discard(sessionId, participantId, session.stepIndex());
        }
        stored(session.acted(
                session.status(),
                session.stepIndex(),
                session.phase(),
                session.nodeId(),
                session.engineState(),
                session.timerEndsAt(),
                now));
        return true;
    }
}
