package nl.signaal.live;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.signaal.simulation.engine.State;

/**
 * The engine state of a session's run as stored in live_session.engine_state: "name=value" pairs joined by ";"
 * (variable names are identifiers, values integers), readable in the database and cheap to parse.
 */
final class StateText {
    private StateText() {}

    static String write(State state) {
        StringBuilder text = new StringBuilder();
        state.values().forEach((name, value) -> {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(name).append('=').append(value);
        });
        return text.toString();
    }

    static State read(String text) {
        Map<String, Integer> values = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";", -1)) {
                int equals = pair.indexOf('=');
                values.put(pair.substring(0, equals), Integer.parseInt(pair.substring(equals + 1)));
            }
        }
        return new State(values);
    }
}
