package nl.signaal.refresher;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A micro-refresher prepared for a learner on given modules, for another feature's follow-up (a webinar a week later,
 * decision 0040): the items are picked as for any micro-refresher (weakest competencies first, none answered in the
 * last 7 days while others are left), but only from these modules, whether the learner completed them or not. The
 * session waits unanswered until the learner opens it from the link the feature mails. Runs in the caller's
 * transaction.
 */
@Singleton
public class FollowUpRefreshers {
    private final RefresherSessions sessions;

    FollowUpRefreshers(RefresherSessions sessions) {
        this.sessions = sessions;
    }

    /** The prepared session's id; empty when the modules have no refresher items. */
    public Optional<UUID> prepare(UUID learner, UUID organisation, List<String> moduleIds) {
        return sessions.startOn(learner, organisation, moduleIds).map(RefresherSession::id);
    }
}
