package nl.signaal.identity;

import java.util.List;
import java.util.UUID;

/**
 * Published once, with {@link DemoCreated}: the second demo organisation, for coordinator insight (issue 16), with
 * its coordinator, administrator and the people whose teams and practice history insight adds.
 */
public record InsightDemoCreated(UUID organisationId, List<SignedInUser> accounts) {
    public static final String ORGANISATION = "Zorggroep Noorderlicht (demo)";
    public static final String COORDINATOR = "inzicht@demo.signaal.nl";
    public static final String ADMIN = "inzicht-beheer@demo.signaal.nl";
}
