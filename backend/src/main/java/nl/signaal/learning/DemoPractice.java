package nl.signaal.learning;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.signaal.content.Content;
import nl.signaal.content.Question;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.DemoCreated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo history: the demo learners {@value DemoCreated#REFRESHER_LEARNER} and {@value DemoCreated#OVERDUE_LEARNER}
 * passed the first module's check 60 days before the demo was created, so its refresher is overdue and the reminder
 * e-mail (with its links), the header notice and the overdue wording can be tried.
 */
@Singleton
class DemoPractice {
    static final Duration AGO = Duration.ofDays(60);
    private static final Logger LOG = LoggerFactory.getLogger(DemoPractice.class);

    private final SubmittingCheck checks;
    private final Content content;
    private final Clock clock;

    DemoPractice(SubmittingCheck checks, Content content, Clock clock) {
        this.checks = checks;
        this.content = content;
        this.clock = clock;
    }

    @EventListener
    void onDemoCreated(DemoCreated demo) {
        List<TrainingModule> modules = content.modules();
        if (modules.isEmpty()) {
            return;
        }
        TrainingModule module = modules.get(0);
        Map<String, List<String>> rightAnswers = module.check().questions().stream()
                .collect(Collectors.toMap(Question::id, q -> List.copyOf(q.correct())));
        demo.accounts().stream()
                .filter(a -> a.email().equals(DemoCreated.REFRESHER_LEARNER)
                        || a.email().equals(DemoCreated.OVERDUE_LEARNER))
                .forEach(learner -> {
                    checks.firstSubmission(
                            learner,
                            module,
                            UUID.randomUUID(),
                            rightAnswers,
                            learner.locale(),
                            clock.instant().minus(AGO));
                    LOG.info("Demo: {} passed '{}' {} days ago", learner.email(), module.id(), AGO.toDays());
                });
    }
}
