package app.waypoint.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a date written as ISO-8601 with a four-digit year ({@code 2026-02-28}), and nothing else: no {@code +999999999-01-01}, no 31 February. */
public final class IsoDates {

    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDates() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null || !FOUR_DIGIT_YEAR.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
