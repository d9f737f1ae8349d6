package nl.signaal.content;

/** A value read from YAML with the 1-based line it came from, so later checks can still point at it. */
record Located<T>(T value, int line) {}
