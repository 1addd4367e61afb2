package app.waypoint.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An immutable set of bank-holiday dates.
 *
 * <p>The text format has one holiday per line, {@code YYYY-MM-DD  Name}; blank lines and lines
 * starting with {@code #} are ignored.
 */
record BankHolidays(Set<LocalDate> dates) {

    static final String SHIPPED_RESOURCE = "/calendar/bank-holidays-england-and-wales.txt";

    private static final Pattern HOLIDAY_LINE = Pattern.compile("(\\S+)\\s+\\S.*");

    BankHolidays {
        dates = Set.copyOf(dates);
    }

    boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /** The England and Wales list shipped on the classpath. */
    static BankHolidays shipped() {
        InputStream stream = BankHolidays.class.getResourceAsStream(SHIPPED_RESOURCE);
        if (stream == null) {
            throw new IllegalStateException("Missing classpath resource " + SHIPPED_RESOURCE);
        }
        try (Reader reader = new InputStreamReader(stream, UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SHIPPED_RESOURCE, e);
        }
    }

    static BankHolidays read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank holidays from " + file, e);
        }
    }

    /**
     * Parses the text format; the reader is not closed.
     *
     * @throws IllegalArgumentException naming the line number of a malformed or duplicate line
     */
    static BankHolidays parse(Reader reader) {
        BufferedReader lines = new BufferedReader(reader);
        Set<LocalDate> dates = new HashSet<>();
        int lineNumber = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                LocalDate date = parseLine(text, lineNumber);
                if (!dates.add(date)) {
                    throw new IllegalArgumentException("Duplicate bank holiday " + date + " on line " + lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bank holidays after line " + lineNumber, e);
        }
        return new BankHolidays(dates);
    }

    private static LocalDate parseLine(String text, int lineNumber) {
        Matcher matcher = HOLIDAY_LINE.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Line " + lineNumber + " is not 'YYYY-MM-DD  Name': " + text);
        }
        try {
            return LocalDate.parse(matcher.group(1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Line " + lineNumber + " has an invalid date: " + matcher.group(1), e);
        }
    }
}
