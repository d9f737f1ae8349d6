package nl.signaal.live;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.signaal.live.LiveActivity.Option;
import nl.signaal.live.LiveActivity.StepContent;
import nl.signaal.live.LiveApi.Chosen;
import nl.signaal.live.LiveApi.Debrief;
import nl.signaal.live.LiveApi.DebriefDecision;
import nl.signaal.live.LiveApi.FacilitatorView;
import nl.signaal.live.LiveApi.LiveOption;
import nl.signaal.live.LiveApi.LiveStep;
import nl.signaal.live.LiveApi.NeededFragment;
import nl.signaal.live.LiveApi.ParticipantView;
import nl.signaal.live.LiveApi.RosterEntry;
import nl.signaal.live.LiveApi.VotedOption;
import nl.signaal.live.LiveDecisions.Decision;

/**
 * Turns a {@link Snapshot} into the two views of the contract. The participant view never holds anything of one
 * participant (that is {@code Me}), so one rendering serves every phone; it hides the tally until the reveal and the
 * answer until the decision.
 */
@Singleton
class LiveViews {
    static final int PROMPT_LENGTH = 200;

    private final Clock clock;
    private final Duration idleTimeout;

    LiveViews(Clock clock, @Value("${signaal.live.idle-timeout:PT2H}") Duration idleTimeout) {
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /**
     * The event id: the two revisions, plus ".t" once a running timer has passed (the step then shows as CLOSED
     * although nothing was written).
     */
    String eventId(LiveSession session, Instant now) {
        boolean timerPassed = session.timerEndsAt() != null
                && LiveSession.VOTING.equals(session.phase())
                && !session.timerEndsAt().isAfter(now);
        return session.eventId() + (timerPassed ? ".t" : "");
    }

    ParticipantView participant(Snapshot snapshot) {
        Instant now = clock.instant();
        LiveSession session = snapshot.session();
        LiveActivity activity = snapshot.activity();
        return new ParticipantView(
                eventId(session, now),
                session.id(),
                session.kind(),
                session.activityId(),
                activity.title(session.locale()),
                session.locale(),
                session.status(),
                activity.introHtml(session.locale()),
                snapshot.participants().size(),
                step(snapshot, false, now),
                debrief(snapshot));
    }

    FacilitatorView facilitator(Snapshot snapshot) {
        Instant now = clock.instant();
        LiveSession session = snapshot.session();
        LiveActivity activity = snapshot.activity();
        List<RosterEntry> roster = snapshot.participants().stream()
                .map(p -> new RosterEntry(p.id(), p.nickname(), p.userId() != null))
                .toList();
        return new FacilitatorView(
                eventId(session, now),
                session.id(),
                session.kind(),
                session.activityId(),
                activity.title(session.locale()),
                session.locale(),
                session.status(),
                activity.introHtml(session.locale()),
                roster.size(),
                step(snapshot, true, now),
                debrief(snapshot),
                session.openCode(),
                "/j/" + session.code(),
                roster,
                idleExpiresAt(session));
    }

    Instant idleExpiresAt(LiveSession session) {
        return session.lastActivityAt().plus(idleTimeout);
    }

    /** The options in the order everyone sees at this step: shuffled once, seeded by session and step. */
    static List<Option> shuffled(UUID sessionId, int step, List<Option> options) {
        List<Option> order = new ArrayList<>(options);
        long seed = sessionId.getMostSignificantBits() ^ Long.rotateLeft(sessionId.getLeastSignificantBits(), 17);
        Collections.shuffle(order, new Random(seed * 31 + step));
        return order;
    }

    @Nullable
    private LiveStep step(Snapshot snapshot, boolean facilitator, Instant now) {
        LiveSession session = snapshot.session();
        if (!session.running()) {
            return null;
        }
        String locale = session.locale();
        StepContent content = snapshot.activity().step(session.nodeId(), session.engineState(), locale);
        String phase = session.shownPhase(now);
        boolean revealed = LiveSession.REVEALED.equals(phase) || LiveSession.DECIDED.equals(phase);
        boolean decided = LiveSession.DECIDED.equals(phase);
        List<Option> options = shuffled(session.id(), session.stepIndex(), content.options());
        Map<String, Integer> tally = new LinkedHashMap<>();
        options.forEach(option -> tally.put(option.id(), snapshot.tally().getOrDefault(option.id(), 0)));
        int votes = tally.values().stream().mapToInt(Integer::intValue).sum();
        Decision decision = decided
                ? snapshot.decisions().stream()
                        .filter(d -> d.step() == session.stepIndex())
                        .findFirst()
                        .orElse(null)
                : null;
        Chosen chosen = decision == null || decision.chosenOptionId() == null
                ? null
                : new Chosen(decision.chosenOptionId(), decision.how());
        return new LiveStep(
                session.stepIndex(),
                snapshot.activity().steps(),
                phase,
                content.heading(),
                content.html(),
                options.stream().map(o -> new LiveOption(o.id(), o.text())).toList(),
                session.timerEndsAt(),
                votes,
                facilitator || revealed ? tally : null,
                chosen,
                facilitator || decided ? content.recommended() : null,
                chosen == null ? null : content.feedbackHtml().get(chosen.optionId()),
                facilitator || decided ? content.discussionHtml() : null,
                decided ? needed(snapshot, content.neededFragments()) : null);
    }

    @Nullable
    private static List<NeededFragment> needed(Snapshot snapshot, Set<String> needs) {
        if (!LiveActivity.POOLING.equals(snapshot.activity().kind())) {
            return null;
        }
        return snapshot.activity().fragments(snapshot.session().locale()).stream()
                .filter(fragment -> needs.contains(fragment.id()))
                .map(fragment -> new NeededFragment(fragment.id(), fragment.holder()))
                .toList();
    }

    @Nullable
    private static Debrief debrief(Snapshot snapshot) {
        LiveSession session = snapshot.session();
        if (!LiveSession.DEBRIEF.equals(session.status()) && !session.ended()) {
            return null;
        }
        List<DebriefDecision> decisions = new ArrayList<>();
        int followed = 0;
        for (Decision decision : snapshot.decisions()) {
            StepContent content = snapshot.activity().step(decision.nodeId(), null, session.locale());
            Map<String, String> texts = new LinkedHashMap<>();
            content.options().forEach(option -> texts.put(option.id(), option.text()));
            List<VotedOption> options = new ArrayList<>();
            decision.tally()
                    .forEach((option, votes) ->
                            options.add(new VotedOption(option, texts.getOrDefault(option, option), votes)));
            if (decision.chosenOptionId() != null && content.recommended().contains(decision.chosenOptionId())) {
                followed++;
            }
            decisions.add(new DebriefDecision(
                    decision.step(),
                    content.heading(),
                    Html.plain(content.html(), PROMPT_LENGTH),
                    options,
                    decision.chosenOptionId(),
                    content.recommended()));
        }
        return new Debrief(
                snapshot.activity().endingHtml(session.nodeId(), session.locale()),
                decisions,
                followed,
                decisions.size());
    }
}
