package nl.signaal;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.content.Content;
import nl.signaal.content.Localized;
import nl.signaal.content.PoolingExercise;
import nl.signaal.content.PoolingExercise.Fragment;
import nl.signaal.content.PoolingExercise.PoolingOption;
import nl.signaal.content.PoolingExercise.PoolingQuestion;

/**
 * The shipped content plus one small signal-pooling exercise, for tests that set signaal.test.pooling-fixture: the
 * live-session tests must not depend on which exercises content/ ships.
 */
@Factory
@Requires(property = "signaal.test.pooling-fixture", value = "true")
class PoolingFixture {
    static final String ID = "test-pooling";

    @Singleton
    @Replaces(bean = Content.class, factory = ContentStartup.class)
    Content content(@Value("${signaal.content.dir}") String directory) {
        Content shipped = new ContentStartup().content(directory);
        return new Content(shipped.modules(), shipped.scenarios(), shipped.refresherItems(), List.of(exercise()));
    }

    static PoolingExercise exercise() {
        return new PoolingExercise(
                ID,
                1,
                1,
                "team-signalen-samenbrengen",
                text("Samen zien"),
                text("Drie stukjes, een beeld"),
                text("<p>Ieder kent een stukje.</p>"),
                List.of(
                        new Fragment("teacher", text("Mirjam, mentor"), text("<p>Hij verzuimt op dinsdag.</p>")),
                        new Fragment("youth-worker", text("Sanne, jongerenwerker"), text("<p>Nieuwe schoenen.</p>")),
                        new Fragment("neighbour", text("Buurman"), text("<p>Late bezoekers.</p>"))),
                List.of(
                        new PoolingQuestion(
                                "pattern",
                                text("<p>Wat valt op?</p>"),
                                List.of(
                                        new PoolingOption("a", text("Een patroon")),
                                        new PoolingOption("b", text("Niets"))),
                                "a",
                                Set.of("teacher", "youth-worker"),
                                text("<p>Samen vormen ze een patroon.</p>")),
                        new PoolingQuestion(
                                "next",
                                text("<p>Wat nu?</p>"),
                                List.of(
                                        new PoolingOption("a", text("Afwachten")),
                                        new PoolingOption("b", text("Bespreken met de aandachtsfunctionaris"))),
                                "b",
                                Set.of("neighbour"),
                                text("<p>Bespreek het.</p>"))));
    }

    private static Localized text(String nl) {
        return new Localized(Map.of("nl", nl));
    }
}
