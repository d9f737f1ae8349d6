package nl.signaal.live;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.signaal.live.LiveApi.Summary;
import nl.signaal.live.LiveApi.SummaryDecision;
import nl.signaal.webinar.WebinarLive;

/** The live feature's answer to what webinars ask of their live part (the port {@link WebinarLive}). */
@Singleton
class LiveOfWebinars implements WebinarLive {
    private final LiveSessionRepository sessions;
    private final Facilitating facilitating;
    private final Summaries summaries;

    LiveOfWebinars(LiveSessionRepository sessions, Facilitating facilitating, Summaries summaries) {
        this.sessions = sessions;
        this.facilitating = facilitating;
        this.summaries = summaries;
    }

    /** The newest session that is not ended and not idle past the timeout (it would end at the next look). */
    @Override
    public Optional<OpenSession> openSession(UUID webinarId) {
        List<LiveSession> all = sessions.findByWebinarIdOrderByCreatedAt(webinarId);
        for (int i = all.size() - 1; i >= 0; i--) {
            LiveSession session = all.get(i);
            if (!session.ended() && session.openCode() != null && !facilitating.idle(session)) {
                return Optional.of(new OpenSession(session.id(), session.openCode()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Result> results(UUID webinarId) {
        return sessions.findByWebinarIdOrderByCreatedAt(webinarId).stream()
                .map(this::result)
                .toList();
    }

    private Result result(LiveSession session) {
        Summary summary = summaries.of(session);
        int followed = 0;
        for (SummaryDecision decision : summary.decisions()) {
            if (decision.chosenOptionId() != null
                    && decision.recommendedOptionIds().contains(decision.chosenOptionId())) {
                followed++;
            }
        }
        return new Result(
                session.id(),
                session.kind(),
                session.activityId(),
                summary.title(),
                session.status(),
                session.createdAt(),
                session.endedAt(),
                summary.attendance(),
                summary.decisions().size(),
                followed);
    }
}
