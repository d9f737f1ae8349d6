package nl.signaal.simulation.engine;

/** When a choice is available; made by {@link Expressions#condition}. */
public interface Condition {

    /** The condition of a choice without 'if'. */
    Condition ALWAYS = new Condition() {
        @Override
        public boolean holds(State s) {
            return true;
        }

        @Override
        public String source() {
            return "true";
        }

        @Override
        public String toString() {
            return "ALWAYS";
        }
    };

    boolean holds(State s);

    /** The expression as written. */
    String source();
}
