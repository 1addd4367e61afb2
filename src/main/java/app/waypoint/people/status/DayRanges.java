package app.waypoint.people.status;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.util.Comparator.comparing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Day arithmetic over sets of {@link DateRange}s that may overlap. */
final class DayRanges {

    private DayRanges() {
    }

    /**
     * The days covered by any of {@code ranges} within {@code [from, toExclusive)}, as sorted ranges that
     * neither overlap nor touch. Ranges still going are cut at {@code toExclusive}.
     */
    static List<DateRange> union(Collection<DateRange> ranges, LocalDate from, LocalDate toExclusive) {
        List<DateRange> clipped = ranges.stream()
                .map(range -> clip(range, from, toExclusive))
                .flatMap(Optional::stream)
                .sorted(comparing(DateRange::start))
                .toList();
        List<DateRange> merged = new ArrayList<>();
        for (DateRange range : clipped) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && !range.start().isAfter(merged.get(lastIndex).end())) {
                DateRange last = merged.get(lastIndex);
                merged.set(lastIndex, new DateRange(last.start(), later(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    /** How many days within {@code [from, toExclusive)} at least one of {@code ranges} covers. */
    static long countDays(Collection<DateRange> ranges, LocalDate from, LocalDate toExclusive) {
        return union(ranges, from, toExclusive).stream().mapToLong(DayRanges::length).sum();
    }

    /** The number of days in a range that has an end. */
    static long length(DateRange range) {
        return DAYS.between(range.start(), range.end());
    }

    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Optional<DateRange> clip(DateRange range, LocalDate from, LocalDate toExclusive) {
        LocalDate start = later(range.start(), from);
        LocalDate end = earlier(range.endOr(toExclusive), toExclusive);
        return start.isBefore(end) ? Optional.of(new DateRange(start, end)) : Optional.empty();
    }
}
