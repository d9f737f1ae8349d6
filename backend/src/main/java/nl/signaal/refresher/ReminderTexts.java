package nl.signaal.refresher;

import java.util.List;
import java.util.Map;

/** The weekly digest's words, per locale; Dutch (the source locale) when the learner's locale has none. */
record ReminderTexts(String subject, String greeting, String intro, Map<ModuleStatus, String> statuses,
                     String closing) {
    static final String FALLBACK = "nl";

    private static final Map<String, ReminderTexts> BY_LOCALE = Map.of(
            "nl", new ReminderTexts("Tijd voor een korte opfrisser", "Hallo %s,",
                    "Een paar modules zijn aan een opfrisser toe:",
                    Map.of(ModuleStatus.DUE_SOON, "binnenkort aan de beurt", ModuleStatus.OVERDUE, "nu aan de beurt",
                            ModuleStatus.LAPSED, "weggezakt, doe de module opnieuw"),
                    "Een opfrisser duurt een paar minuten: %s"),
            "en", new ReminderTexts("Time for a short refresher", "Hello %s,",
                    "A few modules are ready for a refresher:",
                    Map.of(ModuleStatus.DUE_SOON, "due soon", ModuleStatus.OVERDUE, "due now",
                            ModuleStatus.LAPSED, "faded, take the module again"),
                    "A refresher takes a few minutes: %s"));

    record Line(String title, ModuleStatus status) {
    }

    static String localeFor(String locale) {
        return BY_LOCALE.containsKey(locale) ? locale : FALLBACK;
    }

    static ReminderTexts in(String locale) {
        return BY_LOCALE.get(localeFor(locale));
    }

    String body(String name, List<Line> lines, String link) {
        StringBuilder body = new StringBuilder(greeting.formatted(name)).append("\n\n").append(intro).append("\n\n");
        lines.forEach(line -> body.append("- ").append(line.title()).append(": ").append(statuses.get(line.status()))
                .append('\n'));
        return body.append('\n').append(closing.formatted(link)).append('\n').toString();
    }
}
