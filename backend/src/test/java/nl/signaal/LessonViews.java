package nl.signaal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.signaal.content.TrainingModule;

/** Lesson views through the API: the cheapest way to give a learner learning records (one statement each). */
public final class LessonViews {
    private LessonViews() {}

    public static void view(Api api, TrainingModule module, Api.Session learner, int count) {
        for (int i = 0; i < count; i++) {
            String lesson = module.lessons().get(i % module.lessons().size()).id();
            assertThat(api.post(
                                    "/api/modules/" + module.id() + "/lessons/" + lesson + "/views?locale=en",
                                    Map.of(),
                                    learner)
                            .status())
                    .isEqualTo(204);
        }
    }
}
