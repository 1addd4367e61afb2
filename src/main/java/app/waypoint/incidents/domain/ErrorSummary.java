package app.waypoint.incidents.domain;

import java.util.regex.Pattern;

/**
 * An engine error message made fit to show and to send: its first line, at most {@value #MAX_LENGTH} characters, with what
 * could be personal data blanked out. A message is written by whatever code failed (a driver, a mail server, our own), so it
 * may quote the values it choked on: quoted text, e-mail addresses and long numbers (telephone, NHS or national insurance
 * numbers) become {@value #HIDDEN}. The full message stays in the engine for whoever reads its tables.
 */
final class ErrorSummary {

    static final int MAX_LENGTH = 200;
    static final String HIDDEN = "[hidden]";

    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:]+@[^\\s@<>()\\[\\],;:]+");
    private static final Pattern LONG_NUMBER = Pattern.compile("(?<![\\w-])\\+?\\d[\\d -]{4,}\\d(?![\\w-])");

    private ErrorSummary() {
    }

    static String of(String message) {
        if (message == null || message.isBlank()) {
            return "No message";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        String hidden = LONG_NUMBER.matcher(EMAIL.matcher(QUOTED.matcher(line).replaceAll(HIDDEN)).replaceAll(HIDDEN)).replaceAll(HIDDEN);
        return hidden.length() <= MAX_LENGTH ? hidden : hidden.substring(0, MAX_LENGTH - 1) + "…";
    }
}
