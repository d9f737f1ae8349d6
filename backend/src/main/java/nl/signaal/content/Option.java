package nl.signaal.content;

/** One answer option of a question, with the feedback shown after answering. */
public record Option(String id, Localized text, Localized feedback) {}
