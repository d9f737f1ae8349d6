package nl.signaal.learning;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.signaal.identity.PersonalData;

/**
 * A person's submitted knowledge checks in the download. Erasing removes them: what they showed lives on in the
 * (pseudonymised) learning records.
 */
@Singleton
class CheckAttemptsOfPerson implements PersonalData {
    private final CheckAttemptRepository attempts;
    private final ModuleCompletionRepository completions;
    private final JsonMapper json;

    CheckAttemptsOfPerson(CheckAttemptRepository attempts, ModuleCompletionRepository completions, JsonMapper json) {
        this.attempts = attempts;
        this.completions = completions;
        this.json = json;
    }

    @Serdeable
    record AttemptView(
            UUID attemptId,
            String moduleId,
            int moduleVersion,
            JsonNode answers,
            double score,
            boolean passed,
            boolean completedModule,
            Instant submittedAt) {}

    @Override
    public String section() {
        return "knowledgeChecks";
    }

    @Override
    public List<AttemptView> exportOf(UUID userId) {
        return attempts.findByUserIdOrderBySubmittedAt(userId).stream()
                .map(a -> new AttemptView(
                        a.id(),
                        a.moduleId(),
                        a.moduleVersion(),
                        parse(a.answers()),
                        a.score(),
                        a.passed(),
                        a.completedModule(),
                        a.submittedAt()))
                .toList();
    }

    @Override
    public void erase(UUID userId, UUID pseudonym) {
        completions.forget(userId);
        attempts.deleteByUserId(userId);
    }

    private JsonNode parse(String answers) {
        try {
            return json.readValue(answers, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
