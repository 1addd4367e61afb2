package app.waypoint.people.status;

import static java.util.Comparator.naturalOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The short-breaks exclusion from eligibility (domain notes §4.1; CPPCR 2010 reg 48): a child whose care
 * consists only of planned short breaks is not eligible, where no single stay is over 17 days and the
 * stays add up to no more than 75 days in any 12 months. The notes' "up to four weeks" from older local
 * pages is deliberately not used.
 *
 * <p>Readings, since the records hold what happened rather than what was planned:
 * <ul>
 *   <li>"Care" here is the care the 13-week test counts: episodes with a day on or after the 14th
 *       birthday. A care order that ended at 12 does not stop later short breaks being excluded.</li>
 *   <li>The limits apply to the stays as they actually ran, looked at day by day: a stay breaks the
 *       17-day limit on its 18th day; the 75-day limit is broken on the day that makes 76 days within
 *       one period of 12 calendar months.</li>
 *   <li>Short-break episodes that overlap or follow on without a gap are one stay (the child did not go
 *       home in between). A {@link LegalBasis#SHORT_BREAKS} episode is taken to end with the child
 *       going home, as reg 48 requires.</li>
 *   <li>Once the care stops being "only short breaks within the limits" (other care starts, or a limit
 *       is broken), it stays that way: every looked-after day then counts, short breaks included.</li>
 * </ul>
 */
final class ShortBreaks {

    private static final int LONGEST_STAY_DAYS = 17;
    private static final int MOST_DAYS_IN_TWELVE_MONTHS = 75;

    private ShortBreaks() {
    }

    /**
     * The first day on which the child's care from {@code fourteenth} (the 14th birthday), as it stood on
     * that day, no longer consists only of short breaks within the limits; empty if it never stops doing so
     * before {@code until}.
     */
    static Optional<LocalDate> firstDayCareCounts(CareHistory history, LocalDate fourteenth, LocalDate until) {
        List<CareEpisode> counted = history.episodes().stream()
                .filter(episode -> episode.period().endOr(until).isAfter(fourteenth))
                .toList();
        List<DateRange> stays = DayRanges.union(
                counted.stream().filter(ShortBreaks::isShortBreak).map(CareEpisode::period).toList(),
                history.dateOfBirth(),
                until);
        return Stream.of(firstOtherCare(counted, fourteenth), firstDayOverLongestStay(stays), firstDayOverTwelveMonthLimit(stays))
                .flatMap(Optional::stream)
                .min(naturalOrder());
    }

    private static boolean isShortBreak(CareEpisode episode) {
        return episode.basis() == LegalBasis.SHORT_BREAKS;
    }

    private static Optional<LocalDate> firstOtherCare(List<CareEpisode> counted, LocalDate fourteenth) {
        return counted.stream()
                .filter(episode -> !isShortBreak(episode))
                .map(episode -> DayRanges.later(episode.period().start(), fourteenth))
                .min(naturalOrder());
    }

    private static Optional<LocalDate> firstDayOverLongestStay(List<DateRange> stays) {
        return stays.stream()
                .filter(stay -> DayRanges.length(stay) > LONGEST_STAY_DAYS)
                .map(stay -> stay.start().plusDays(LONGEST_STAY_DAYS))
                .findFirst();
    }

    private static Optional<LocalDate> firstDayOverTwelveMonthLimit(List<DateRange> stays) {
        return stays.stream()
                .flatMap(stay -> stay.start().datesUntil(stay.end()))
                .filter(day -> DayRanges.countDays(stays, firstDayOfTwelveMonthsEndingOn(day), day.plusDays(1)) > MOST_DAYS_IN_TWELVE_MONTHS)
                .findFirst();
    }

    /** The earliest start of a 12-calendar-month period (start + 12 months, exclusive) that includes {@code day}. */
    private static LocalDate firstDayOfTwelveMonthsEndingOn(LocalDate day) {
        LocalDate start = day.minusMonths(12);
        while (!start.plusMonths(12).isAfter(day)) {
            start = start.plusDays(1);
        }
        return start;
    }
}
