package nl.signaal.refresher;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.signaal.Api;
import nl.signaal.DatabaseTest;
import nl.signaal.MovableClock;
import nl.signaal.content.Content;
import nl.signaal.content.TrainingModule;
import nl.signaal.identity.Role;
import nl.signaal.identity.TestAccounts;
import nl.signaal.learning.CheckAnswers;
import nl.signaal.progress.Practice;
import nl.signaal.refresher.memory.MemoryState;
import org.junit.jupiter.api.Test;

/** The module memory table follows the learning records in the same transaction, and is rebuilt when empty. */
@MicronautTest(transactional = false)
class ModuleMemoryTest extends DatabaseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    @Inject
    TestAccounts accounts;

    @Inject
    Content content;

    @Inject
    MovableClock clock;

    @Inject
    Practice practice;

    @Inject
    Policies policies;

    @Inject
    ModuleMemoryRepository memories;

    @Inject
    KeepingModuleMemory keeping;

    @Test
    void aCheckWritesTheStateThePagesDeriveAndALaterCheckMovesIt() {
        UUID organisation = accounts.organisation("Geheugentabel", "onderwijs");
        TrainingModule module = content.modules().get(1);
        String email = accounts.user(organisation, Role.LEARNER);
        UUID learner = accounts.id(email);
        Api api = new Api(client, json);

        CheckAnswers.submit(api, module, false, api.logIn(email, TestAccounts.PASSWORD));
        assertThat(memories.findByUserId(learner))
                .as("a failed first check does not complete the module")
                .isEmpty();
        CheckAnswers.submit(api, module, true, api.logIn(email, TestAccounts.PASSWORD));
        KeptModule first = only(learner);
        assertThat(first).isEqualTo(expected(first, learner, organisation, module));

        clock.advance(Duration.ofDays(20));
        CheckAnswers.submit(api, module, true, api.logIn(email, TestAccounts.PASSWORD));
        KeptModule second = only(learner);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.lastReview()).isAfter(first.lastReview());
        assertThat(second.remindAt()).isAfter(first.remindAt());
        assertThat(second).isEqualTo(expected(second, learner, organisation, module));
    }

    @Test
    void anEmptyTableIsBuiltFromTheStoredRecordsAtStart() {
        UUID organisation = accounts.organisation("Herbouw", "politie");
        TrainingModule module = content.modules().get(2);
        String email = accounts.user(organisation, Role.LEARNER);
        UUID learner = accounts.id(email);
        Api api = new Api(client, json);
        CheckAnswers.submit(api, module, true, api.logIn(email, TestAccounts.PASSWORD));
        KeptModule before = only(learner);

        memories.deleteAll();
        keeping.onStartup(null);

        KeptModule after = only(learner);
        assertThat(List.of(after.stability(), after.difficulty(), after.remindAt(), after.lastReview()))
                .isEqualTo(List.of(before.stability(), before.difficulty(), before.remindAt(), before.lastReview()));
        keeping.onStartup(null);
        assertThat(memories.findByUserId(learner))
                .as("a table that has rows is left alone")
                .hasSize(1);
    }

    private KeptModule expected(KeptModule stored, UUID learner, UUID organisation, TrainingModule module) {
        MemoryState state = Memories.module(practice.of(learner), module.id()).orElseThrow();
        ModuleStatus.Moments moments = ModuleStatus.moments(Memories.FSRS, state, policies.of(organisation));
        return new KeptModule(
                stored.id(),
                learner,
                organisation,
                module.id(),
                state.stability(),
                state.difficulty(),
                state.lastReview(),
                ModuleStatus.remindFrom(Memories.FSRS, state, policies.of(organisation)),
                stored.updatedAt(),
                moments.dueAt(),
                moments.overdueAt(),
                moments.lapsesAt());
    }

    private KeptModule only(UUID learner) {
        List<KeptModule> rows = memories.findByUserId(learner);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
