package nl.signaal.webinar;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.signaal.content.Content;
import nl.signaal.identity.DemoCreated;
import nl.signaal.identity.SignedInUser;
import nl.signaal.webinar.WebinarApi.Material;
import nl.signaal.webinar.WebinarApi.WebinarCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo webinar, so that a fresh start shows one: organised by the demo trainer ({@value #ORGANISER}), online in ten
 * days from 15:00 to 16:30 Amsterdam time, with the first case as its live part. Nobody is registered: the demo
 * accounts used by the browser tests keep their state, and whoever tries the demo registers themselves.
 */
@Singleton
class DemoWebinar {
    static final String ORGANISER = "trainer@demo.signaal.nl";
    static final String MEETING = "https://meet.jit.si/signaal-demo-webinar-signalen";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Logger LOG = LoggerFactory.getLogger(DemoWebinar.class);

    private final SchedulingWebinars scheduling;
    private final Content content;
    private final Clock clock;

    DemoWebinar(SchedulingWebinars scheduling, Content content, Clock clock) {
        this.scheduling = scheduling;
        this.content = content;
        this.clock = clock;
    }

    @EventListener
    void onDemoCreated(DemoCreated demo) {
        SignedInUser trainer = demo.accounts().stream()
                .filter(account -> account.email().equals(ORGANISER))
                .findFirst()
                .orElse(null);
        if (trainer == null) {
            return;
        }
        LocalDate day = LocalDate.now(clock.withZone(AMSTERDAM)).plusDays(10);
        ZonedDateTime starts = ZonedDateTime.of(day, LocalTime.of(15, 0), AMSTERDAM);
        List<String> activities = content.scenarios().isEmpty()
                ? List.of()
                : List.of("case:" + content.scenarios().get(0).id());
        Webinar webinar = scheduling.schedule(
                trainer,
                new WebinarCommand(
                        Map.of(
                                "nl", "Signalen herkennen: een casus samen doorlopen",
                                "en", "Recognising signs: working through a case together",
                                "ar", "التعرف على العلامات: دراسة حالة معًا",
                                "tr", "İşaretleri tanımak: bir vakayı birlikte incelemek",
                                "pl", "Rozpoznawanie sygnałów: wspólna analiza przypadku"),
                        Map.of(
                                "nl",
                                "Een online bijeenkomst van anderhalf uur. We bespreken de meldcode en spelen samen een"
                                        + " casus op je telefoon.",
                                "en",
                                "An online meeting of an hour and a half. We discuss the reporting code and play a case"
                                        + " together on your phone."),
                        "nl",
                        List.of(),
                        starts.toInstant(),
                        starts.plusMinutes(90).toInstant(),
                        Webinar.ONLINE,
                        MEETING,
                        null,
                        30,
                        List.of(),
                        activities,
                        List.of(new Material(
                                "Meldcode huiselijk geweld en kindermishandeling",
                                "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/meldcode")),
                        null,
                        90,
                        null));
        LOG.info("Demo: webinar {} on {} organised by {}", webinar.id(), starts, ORGANISER);
    }
}
