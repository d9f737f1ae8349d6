package nl.signaal.simulation.engine;

/** A lesson to read again, as module id and lesson id. */
public record LessonRef(String moduleId, String lessonId) {}
