package nl.signaal.live;

import java.util.List;
import java.util.Map;
import nl.signaal.live.LiveDecisions.Decision;

/**
 * Everything a view of a session is made from, read in one go: the session row, who is in it, the tally of the
 * current step and the decided steps. One snapshot serves every screen of a node.
 */
record Snapshot(
        LiveSession session,
        LiveActivity activity,
        List<LiveParticipant> participants,
        Map<String, Integer> tally,
        List<Decision> decisions) {}
