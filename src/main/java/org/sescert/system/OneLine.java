package org.sescert.system;

import java.util.regex.Pattern;

/**
 * A message as the console shows it: one line, in the user's words. A library's exception
 * text can carry line breaks and Java class names ({@code org.xml.sax.SAXParseException;
 * lineNumber: 2; ...}); neither helps a person, so both go.
 */
public final class OneLine {

    /** A qualified or simple Java exception class name, with the separator that follows it. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*\\b[:;]?\\s*|\\b[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b[:;]?\\s*");
    /** The position a parser adds to its complaint. */
    private static final Pattern PARSER_POSITION = Pattern.compile("\\blineNumber: \\d+; columnNumber: \\d+;\\s*");

    private OneLine() {
    }

    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String text = PARSER_POSITION.matcher(message).replaceAll("");
        text = CLASS_NAME.matcher(text).replaceAll("");
        return text.replaceAll("\\s*\\R\\s*", " ").replaceAll("\\(\\s*\\)", "").strip();
    }

    /** The first line of a message, without class names: for a failure whose later lines may quote data. */
    public static String first(String message) {
        return message == null ? "" : of(message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""));
    }
}
