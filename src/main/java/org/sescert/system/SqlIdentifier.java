package org.sescert.system;

import java.util.regex.Pattern;

/**
 * An SQL identifier taken from outside the program (an option, a setting): letters, digits and
 * underscores, starting with a letter or underscore, at most 63 characters (PostgreSQL's limit).
 * Nothing else ever reaches SQL text; values always travel as parameters.
 */
public final class SqlIdentifier {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private SqlIdentifier() {
    }

    public static boolean isSafe(String identifier) {
        return identifier != null && SAFE.matcher(identifier).matches();
    }

    /**
     * @param what how the user gave it, for the refusal ("--source-schema")
     * @throws RefusedException when it is not a plain identifier
     */
    public static String require(String what, String identifier) {
        if (!isSafe(identifier)) {
            throw new RefusedException(what + " '" + identifier + "' is not a plain SQL name: use letters, digits and underscores only, "
                    + "starting with a letter (at most 63 characters).");
        }
        return identifier;
    }
}
