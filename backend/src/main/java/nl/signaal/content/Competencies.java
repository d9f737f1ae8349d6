package nl.signaal.content;

import java.util.List;

/** The competencies modules train and questions test. */
public final class Competencies {

    public static final List<String> ALL =
            List.of("signal-recognition", "victim-or-perpetrator", "reporting-route", "cooperation", "safety");

    private Competencies() {}
}
