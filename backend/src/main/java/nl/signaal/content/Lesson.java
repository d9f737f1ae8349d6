package nl.signaal.content;

/**
 * html: the lesson body per locale, Markdown rendered and sanitised; lesson: links rewritten to
 * /learn/&lt;module&gt;/lessons/&lt;lesson&gt;.
 */
public record Lesson(String id, Localized title, Localized html) {}
