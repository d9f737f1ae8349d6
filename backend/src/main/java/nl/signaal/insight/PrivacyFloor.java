package nl.signaal.insight;

/**
 * The privacy floor (docs/privacy.md): a number about a group is shown only when the group has at least five people,
 * so nobody can read one colleague's result from an aggregate. Every aggregate in insight goes through here.
 */
public final class PrivacyFloor {
    public static final int MINIMUM_PEOPLE = 5;

    private PrivacyFloor() {}

    /** True when an aggregate over this many people may be shown. */
    public static boolean shows(long people) {
        return people >= MINIMUM_PEOPLE;
    }
}
