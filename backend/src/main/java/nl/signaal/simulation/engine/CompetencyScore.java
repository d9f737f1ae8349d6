package nl.signaal.simulation.engine;

/**
 * How a run did on one competency (decision 0030). earned is signed (wrong choices cost points); attainable is what
 * the best choices at the decisions the learner met would have earned (never negative). A competency is practised
 * when something was attainable; only then is there a score, earned / attainable kept within 0..1 (null otherwise:
 * "0 of 0" is not 100 %). weak: a practised score below 0.5, or points lost in a competency that was not practised.
 */
public record CompetencyScore(
        String competency, int earned, int attainable, boolean practised, Double score, boolean weak) {

    public CompetencyScore {
        if (earned > attainable) {
            throw new IllegalArgumentException(
                    competency + ": earned " + earned + " is more than the attainable " + attainable);
        }
    }

    static CompetencyScore of(String competency, int earned, int attainable) {
        boolean practised = attainable > 0;
        Double score = practised ? Math.max(0, Math.min(1, (double) earned / attainable)) : null;
        boolean weak = practised ? score < Debriefing.WEAK_BELOW : earned < 0;
        return new CompetencyScore(competency, earned, attainable, practised, score, weak);
    }
}
