package nl.signaal.live;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * What live sessions keep about a signed-in person: the sessions they joined as themselves (nickname, votes) and the
 * ones they opened as facilitator. Erasing unlinks the participant (its nickname, their display name, becomes a
 * neutral one; the votes stay in the aggregate tallies, belonging to nobody) and puts the pseudonym in place of the
 * facilitator, as learning records do.
 */
@Singleton
class LiveSessionsOfPerson implements PersonalData {
    private final LiveParticipantRepository participants;
    private final LiveSessionRepository sessions;
    private final LiveVotes votes;

    LiveSessionsOfPerson(LiveParticipantRepository participants, LiveSessionRepository sessions, LiveVotes votes) {
        this.participants = participants;
        this.sessions = sessions;
        this.votes = votes;
    }

    @Serdeable
    record Joined(
            UUID sessionId,
            String nickname,
            Instant joinedAt,
            @Nullable Instant removedAt,
            List<Vote> votes) {}

    @Serdeable
    record Vote(int step, String optionId) {}

    @Serdeable
    record Facilitated(
            UUID sessionId,
            String kind,
            String activityId,
            Instant createdAt,
            @Nullable Instant endedAt) {}

    @Serdeable
    record Export(List<Joined> joined, List<Facilitated> facilitated) {}

    @Override
    public String section() {
        return "liveSessions";
    }

    @Override
    public Export exportOf(UUID userId) {
        return new Export(
                participants.findByUserIdOrderByJoinedAt(userId).stream()
                        .map(p -> new Joined(
                                p.sessionId(),
                                p.nickname(),
                                p.joinedAt(),
                                p.removedAt(),
                                votes.of(p.id()).stream()
                                        .map(v -> new Vote(v.step(), v.optionId()))
                                        .toList()))
                        .toList(),
                sessions.findByFacilitatorIdOrderByCreatedAt(userId).stream()
                        .map(s -> new Facilitated(s.id(), s.kind(), s.activityId(), s.createdAt(), s.endedAt()))
                        .toList());
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        participants.unlink(userId);
        sessions.replaceFacilitator(userId, pseudonym);
    }
}
