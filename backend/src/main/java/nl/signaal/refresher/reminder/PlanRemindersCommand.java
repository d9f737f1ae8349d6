package nl.signaal.refresher.reminder;

import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code java -jar signaal.jar plan-reminders [passes]}: planning passes over every organisation against the
 * configured database, without the web server or the sending job, printing per pass how many reminders it wrote and
 * how long it took. For operators (plan now instead of waiting for the job) and for bench/reminder-scan.sh, where a
 * second pass shows the cost of the scan when everyone due has had this week's reminder.
 */
public final class PlanRemindersCommand {
    private PlanRemindersCommand() {}

    public static int run(int passes, PrintStream out) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("signaal.reminders.enabled", "false"))
                .start()) {
            PlanningReminders planning = context.getBean(PlanningReminders.class);
            for (int pass = 1; pass <= passes; pass++) {
                long start = System.nanoTime();
                int planned = planning.planAll();
                long micros = (System.nanoTime() - start) / 1_000;
                out.printf("pass %d: planned %d reminders in %.1f ms%n", pass, planned, micros / 1000.0);
            }
            return 0;
        }
    }
}
