package nl.signaal.insight;

import java.util.UUID;

/** A team as other code and the API see it. */
public record TeamRef(UUID id, String name, String sector) {}
