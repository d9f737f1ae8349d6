package nl.signaal.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One training module as authored in content/modules/&lt;id&gt;/. flyer: the one-page printable summary, rendered to
 * sanitised HTML like a lesson body. images: the files of its images/ folder that its texts show, by name.
 */
public record TrainingModule(
        String id,
        int version,
        int order,
        List<String> targetGroups,
        List<String> competencies,
        int minutes,
        Localized title,
        Localized summary,
        List<Lesson> lessons,
        KnowledgeCheck check,
        Localized flyer,
        Map<String, ModuleImage> images) {

    public TrainingModule {
        targetGroups = List.copyOf(targetGroups);
        competencies = List.copyOf(competencies);
        lessons = List.copyOf(lessons);
        images = Map.copyOf(images);
    }

    /** An image of the module's images/ folder that its texts show, by file name. */
    public Optional<ModuleImage> image(String name) {
        return Optional.ofNullable(images.get(name));
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }
}
