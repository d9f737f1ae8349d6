package nl.signaal.webinar;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.signaal.DatabaseTest;
import nl.signaal.identity.Role;
import nl.signaal.identity.SignedInUser;
import nl.signaal.identity.TestAccounts;
import nl.signaal.webinar.WebinarApi.RegistrationView;
import nl.signaal.webinar.WebinarApi.WebinarCommand;
import org.junit.jupiter.api.Test;

/**
 * The registration race of issue 14, on H2 and PostgreSQL: 300 people asking at once for 100 places end with exactly
 * 100 places and 200 in the queue, each queue position given once; then cancellations at once move up exactly as
 * many people as gave back a place.
 */
@MicronautTest(transactional = false)
class WebinarRegistrationRaceTest extends DatabaseTest {
    private static final int PLACES = 100;
    private static final int PEOPLE = 300;

    @Inject
    TestAccounts accounts;

    @Inject
    SchedulingWebinars scheduling;

    @Inject
    RegisteringForWebinars registering;

    @Inject
    WebinarRegistrationRepository registrations;

    @Test
    void threeHundredAtOnceForAHundredPlacesGiveAHundredPlacesAndTwoHundredInTheQueue() throws Exception {
        UUID organisation = accounts.organisation("Drukte", "jeugdhulp");
        SignedInUser trainer =
                person(organisation, accounts.id(accounts.user(organisation, Role.TRAINER)), Role.TRAINER);
        Webinar webinar = scheduling.schedule(trainer, command(PLACES));
        List<SignedInUser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(person(organisation, UUID.randomUUID(), Role.LEARNER));
        }

        List<Callable<RegistrationView>> asks = new ArrayList<>();
        for (SignedInUser person : people) {
            asks.add(() -> registering.register(person, webinar.id()));
        }
        List<RegistrationView> answers = atOnce(asks);

        assertThat(answers.stream().filter(a -> a.status().equals(WebinarRegistration.REGISTERED)))
                .hasSize(PLACES);
        List<Integer> positions = answers.stream()
                .filter(a -> a.status().equals(WebinarRegistration.WAITING))
                .map(RegistrationView::waitingPosition)
                .toList();
        assertThat(positions).hasSize(PEOPLE - PLACES);
        assertThat(registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED))
                .isEqualTo(PLACES);
        assertThat(registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.WAITING))
                .isEqualTo(PEOPLE - PLACES);

        // One cancellation moves up exactly one: the first in line.
        SignedInUser leaving = people.stream()
                .filter(p -> registrations
                        .findByWebinarIdAndUserId(webinar.id(), p.id())
                        .orElseThrow()
                        .registered())
                .findFirst()
                .orElseThrow();
        UUID firstInLine = registrations.findByWebinarIdOrderByRequestedAt(webinar.id()).stream()
                .filter(WebinarRegistration::waiting)
                .min((a, b) -> registering.position(a) - registering.position(b))
                .orElseThrow()
                .userId();
        registering.cancel(leaving, webinar.id());
        assertThat(registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED))
                .isEqualTo(PLACES);
        assertThat(registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.WAITING))
                .isEqualTo(PEOPLE - PLACES - 1);
        assertThat(registrations
                        .findByWebinarIdAndUserId(webinar.id(), firstInLine)
                        .orElseThrow()
                        .status())
                .isEqualTo(WebinarRegistration.REGISTERED);

        // Twenty place holders cancel at once, each twice: twenty move up, no more.
        List<SignedInUser> holders = people.stream()
                .filter(p -> !p.id().equals(leaving.id())
                        && registrations
                                .findByWebinarIdAndUserId(webinar.id(), p.id())
                                .orElseThrow()
                                .registered())
                .limit(20)
                .toList();
        List<Callable<Boolean>> cancels = new ArrayList<>();
        for (SignedInUser holder : holders) {
            cancels.add(() -> registering.cancel(holder, webinar.id()));
            cancels.add(() -> registering.cancel(holder, webinar.id()));
        }
        List<Boolean> changed = atOnce(cancels);

        assertThat(changed.stream().filter(Boolean::booleanValue)).hasSize(20);
        assertThat(registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.REGISTERED))
                .isEqualTo(PLACES);
        assertThat(registrations.countByWebinarIdAndStatus(webinar.id(), WebinarRegistration.WAITING))
                .isEqualTo(PEOPLE - PLACES - 21);
    }

    @Test
    void theQueuePositionsAfterARaceAreOneToTwoHundredEachOnce() throws Exception {
        UUID organisation = accounts.organisation("Rij", "jeugdhulp");
        SignedInUser trainer =
                person(organisation, accounts.id(accounts.user(organisation, Role.TRAINER)), Role.TRAINER);
        Webinar webinar = scheduling.schedule(trainer, command(PLACES));
        List<Callable<RegistrationView>> asks = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            SignedInUser person = person(organisation, UUID.randomUUID(), Role.LEARNER);
            asks.add(() -> registering.register(person, webinar.id()));
        }
        atOnce(asks);

        List<Integer> positions = registrations.findByWebinarIdOrderByRequestedAt(webinar.id()).stream()
                .filter(WebinarRegistration::waiting)
                .map(registering::position)
                .sorted()
                .toList();

        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= PEOPLE - PLACES; i++) {
            expected.add(i);
        }
        assertThat(positions).isEqualTo(expected);
    }

    private static SignedInUser person(UUID organisation, UUID id, Role role) {
        return new SignedInUser(
                id, organisation, "jeugdhulp", Set.of(role), "Persoon " + id, id + "@example.org", "nl");
    }

    private static WebinarCommand command(int capacity) {
        Instant starts = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        return new WebinarCommand(
                Map.of("nl", "Drukbezocht webinar"),
                Map.of(),
                "nl",
                List.of(),
                starts,
                starts.plus(Duration.ofHours(1)),
                Webinar.ONLINE,
                WebinarFixture.MEETING,
                null,
                capacity,
                List.of(),
                List.of(),
                List.of(),
                null,
                60,
                null);
    }

    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
