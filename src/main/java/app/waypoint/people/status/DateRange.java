package app.waypoint.people.status;

import java.time.LocalDate;

/**
 * A period of days. {@code start} is the first day in the period. {@code end} is <b>exclusive</b>: it
 * is the day the period stopped (the day the child left care, was released or moved out), so the
 * child is not in the period on that day. An empty {@code end} means the period is still going.
 *
 * <p>Example: care from 1 March with end 4 March covers 1, 2 and 3 March (3 days).
 */
public record DateRange(LocalDate start, LocalDate end) {

    /** @throws IllegalArgumentException if {@code start} is missing or {@code end} is not after it */
    public DateRange {
        Require.present(start, "start");
        if (end != null && !end.isAfter(start)) {
            throw new IllegalArgumentException("end " + end + " must be after start " + start);
        }
    }

    /** Whether {@code day} is in the period: on or after the start and before the end. */
    public boolean contains(LocalDate day) {
        Require.present(day, "day");
        return !day.isBefore(start) && (end == null || day.isBefore(end));
    }

    /** The end, or {@code fallback} for a period that is still going. */
    LocalDate endOr(LocalDate fallback) {
        return end == null ? fallback : end;
    }
}
