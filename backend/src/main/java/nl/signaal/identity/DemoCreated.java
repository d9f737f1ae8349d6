package nl.signaal.identity;

import java.util.List;

/** Published once, when the demo organisation and its accounts have been created (embedded H2 only). */
public record DemoCreated(List<SignedInUser> accounts) {
    /** The demo learner who passed a module about two months ago, so a refresher reminder is due for them. */
    public static final String REFRESHER_LEARNER = "herhaler@demo.signaal.nl";

    /**
     * Another learner who passed the same module two months ago, for the header notice and the overdue wording in
     * e2e/tests/refresher.spec.ts only: herhaler answers refreshers in reminder-link.spec.ts, which makes it current.
     */
    public static final String OVERDUE_LEARNER = "timing@demo.signaal.nl";
}
