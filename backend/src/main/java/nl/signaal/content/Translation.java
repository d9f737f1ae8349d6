package nl.signaal.content;

/** A text in one locale; {@code untranslated} is true when the source (nl) text stands in for the asked locale. */
public record Translation(String text, String locale, boolean untranslated) {}
