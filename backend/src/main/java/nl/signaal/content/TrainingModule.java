package nl.signaal.content;

import java.util.List;
import java.util.Optional;

/** One training module as authored in content/modules/&lt;id&gt;/. */
public record TrainingModule(String id, int version, int order, List<String> targetGroups, List<String> competencies,
        int minutes, Localized title, Localized summary, List<Lesson> lessons, KnowledgeCheck check) {

    public TrainingModule {
        targetGroups = List.copyOf(targetGroups);
        competencies = List.copyOf(competencies);
        lessons = List.copyOf(lessons);
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }
}
