package nl.signaal.live;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.signaal.identity.SignedInUser;
import nl.signaal.live.LiveActivity.Practice;
import nl.signaal.live.LiveActivity.StepContent;
import nl.signaal.live.LiveVotes.Vote;
import nl.signaal.progress.LearningEvent;
import nl.signaal.progress.LearningEvent.ActivityType;
import nl.signaal.progress.LearningEvent.Outcome;
import nl.signaal.progress.LearningEvent.Verb;
import nl.signaal.progress.LearningRecords;

/**
 * Practice for participants who joined as themselves: when a step is decided, each of them who voted gets the record
 * the feature it comes from writes (a check or refresher answer, a choice in a scene), with the live session as the
 * registration. Anonymous participants never get one: there is nobody to give it to.
 */
@Singleton
class LivePractice {
    private final LiveVotes votes;
    private final LiveParticipantRepository participants;
    private final LearningRecords records;

    LivePractice(LiveVotes votes, LiveParticipantRepository participants, LearningRecords records) {
        this.votes = votes;
        this.participants = participants;
        this.records = records;
    }

    /** Call inside the transaction that decides the step. */
    void decided(LiveSession session, StepContent step) {
        Map<UUID, Vote> byParticipant = votes.ofStep(session.id(), session.stepIndex()).stream()
                .collect(Collectors.toMap(Vote::participantId, Function.identity()));
        if (byParticipant.isEmpty()) {
            return;
        }
        Set<String> recommended = Set.copyOf(step.recommended());
        for (LiveParticipant participant :
                participants.findBySessionIdAndRemovedAtIsNullOrderByJoinedAt(session.id())) {
            Vote vote = byParticipant.get(participant.id());
            if (participant.userId() == null || participant.userOrganisationId() == null || vote == null) {
                continue;
            }
            SignedInUser learner = new SignedInUser(
                    participant.userId(),
                    participant.userOrganisationId(),
                    null,
                    Set.of(),
                    participant.nickname(),
                    "",
                    session.locale());
            boolean right = recommended.contains(vote.optionId());
            records.record(
                    learner,
                    event(session, step.practice(), vote.optionId(), right).inLiveSession(session.id()));
        }
    }

    private static LearningEvent event(LiveSession session, Practice practice, String answer, boolean right) {
        LearningEvent event = bare(session, practice, answer, right).asking(practice.interaction());
        return practice.names() == null || practice.names().isEmpty() ? event : event.named(practice.names());
    }

    private static LearningEvent bare(LiveSession session, Practice practice, String answer, boolean right) {
        if (practice.scene()) {
            return new LearningEvent(
                    Verb.RESPONDED,
                    ActivityType.SCENE,
                    practice.activityPath(),
                    practice.name(),
                    null,
                    practice.version(),
                    session.id(),
                    new Outcome(null, null, right, null, answer),
                    session.locale(),
                    practice.competency());
        }
        return new LearningEvent(
                Verb.ANSWERED,
                ActivityType.QUESTION,
                practice.activityPath(),
                practice.name(),
                practice.moduleId(),
                practice.version(),
                session.id(),
                new Outcome(right ? 1 : 0, 1, right, null, answer),
                session.locale(),
                practice.competency());
    }
}
