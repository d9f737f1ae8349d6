package nl.signaal.content;

/** Errors block start-up; warnings are shown but the content is still used. */
public enum Severity {
    ERROR,
    WARNING
}
