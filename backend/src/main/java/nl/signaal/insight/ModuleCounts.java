package nl.signaal.insight;

/** How many people in a scope stand where with one mandatory module. */
public record ModuleCounts(
        String moduleId, long notStarted, long inProgress, long current, long dueSoon, long overdue, long lapsed) {
    public long people() {
        return notStarted + inProgress + current + dueSoon + overdue + lapsed;
    }
}
