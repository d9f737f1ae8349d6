package nl.signaal.content;

import java.util.regex.Pattern;

/** The id format shared by modules, lessons, questions and options: they end up in URLs and stored records. */
public final class Ids {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {}

    public static boolean isValid(String id) {
        return FORMAT.matcher(id).matches();
    }

    static String formatMessage(String kind, String id) {
        return kind + " id '" + id + "' must use only lowercase letters, digits and single hyphens"
                + " (e.g. 'slachtoffer-en-dader')";
    }
}
