package nl.signaal.simulation.engine;

/** A choice that cannot be made now; the reason is meant for the learner-facing 409 detail. */
public final class ChoiceUnavailable extends Exception {

    ChoiceUnavailable(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
