package app.waypoint.people.status;

import static java.util.Comparator.naturalOrder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One child's care history, with the day-by-day facts the status rules are built from. */
final class Timeline {

    private final LocalDate fourteenth;
    final LocalDate sixteenth;
    final LocalDate eighteenth;
    final LocalDate twentyFirst;
    final LocalDate twentyFifth;
    private final CareHistory history;
    private final List<DateRange> carePeriods;
    private final Optional<LocalDate> firstDayCareCounts;

    Timeline(CareHistory history) {
        this.history = Require.present(history, "history");
        LocalDate dateOfBirth = history.dateOfBirth();
        fourteenth = Birthdays.anniversary(dateOfBirth, 14);
        sixteenth = Birthdays.anniversary(dateOfBirth, 16);
        eighteenth = Birthdays.anniversary(dateOfBirth, 18);
        twentyFirst = Birthdays.anniversary(dateOfBirth, 21);
        twentyFifth = Birthdays.anniversary(dateOfBirth, 25);
        carePeriods = history.episodes().stream().map(CareEpisode::period).toList();
        firstDayCareCounts = ShortBreaks.firstDayCareCounts(history, fourteenth, eighteenth);
    }

    boolean aged16or17On(LocalDate day) {
        return !day.isBefore(sixteenth) && day.isBefore(eighteenth);
    }

    /** Under 18 and in an episode of care of any kind, short breaks included. */
    boolean lookedAfterOn(LocalDate day) {
        return day.isBefore(eighteenth) && carePeriods.stream().anyMatch(period -> period.contains(day));
    }

    /** Days looked after from the 14th birthday up to and including {@code upToInclusive}, overlaps counted once. */
    long daysLookedAfterSinceFourteenth(LocalDate upToInclusive) {
        return daysLookedAfter(fourteenth, upToInclusive.plusDays(1));
    }

    /** Whether the child was looked after on any day in {@code [from, toExclusive)}. */
    boolean lookedAfterBetween(LocalDate from, LocalDate toExclusive) {
        return daysLookedAfter(from, toExclusive) > 0;
    }

    /** The last day before {@code day} on which the child was looked after, if there was one. */
    Optional<LocalDate> lastDayLookedAfterBefore(LocalDate day) {
        LocalDate limit = DayRanges.earlier(day, eighteenth);
        return carePeriods.stream()
                .filter(period -> period.start().isBefore(limit))
                .map(period -> DayRanges.earlier(period.endOr(limit), limit).minusDays(1))
                .max(naturalOrder());
    }

    /**
     * Looked after on {@code day} in care that counts towards eligibility: care other than short breaks, or a
     * short break once the child's care is no longer only short breaks within the reg 48 limits ({@link ShortBreaks}).
     */
    boolean inCountingCareOn(LocalDate day) {
        boolean shortBreaksCount = firstDayCareCounts.filter(first -> !day.isBefore(first)).isPresent();
        return day.isBefore(eighteenth) && history.episodes().stream()
                .filter(episode -> episode.period().contains(day))
                .anyMatch(episode -> episode.basis() != LegalBasis.SHORT_BREAKS || shortBreaksCount);
    }

    /** Periods in custody or hospital that include {@code day}. */
    List<DateRange> custodyOrHospitalOn(LocalDate day) {
        return history.custodyOrHospital().stream().filter(period -> period.contains(day)).toList();
    }

    /** Living with a parent on {@code day} in a period that began at least 6 calendar months earlier. */
    boolean livingWithParentForSixMonthsOn(LocalDate day) {
        return history.homeWithParent().stream()
                .anyMatch(period -> period.contains(day) && !period.start().plusMonths(6).isAfter(day));
    }

    private long daysLookedAfter(LocalDate from, LocalDate toExclusive) {
        return DayRanges.countDays(carePeriods, from, DayRanges.earlier(toExclusive, eighteenth));
    }
}
