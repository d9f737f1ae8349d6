package nl.signaal.identity;

import java.util.List;

/** Published once, when the demo organisation and its accounts have been created (embedded H2 only). */
public record DemoCreated(List<SignedInUser> accounts) {
    /** The demo learner who passed a module about two months ago, so a refresher reminder is due for them. */
    public static final String REFRESHER_LEARNER = "herhaler@demo.signaal.nl";
}
