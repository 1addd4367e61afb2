package app.waypoint.people.status;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Dates that drive the leaving-care deadlines (domain notes §4, "Generated deadlines").
 *
 * @param transitionOpens    open the transition case: date of birth + 15 years 9 months by default [L]
 * @param sixteenth          16th birthday
 * @param eighteenth         18th birthday: transfer to a personal adviser
 * @param twentyFirst        21st birthday: s23C duties end unless education or training continues; offer a PA to 25
 * @param twentyFifth        25th birthday: close
 * @param eligibleFrom       the first day the child is eligible, if the recorded care makes them eligible at all;
 *                           an episode that is still going is taken to go on, so this can be a future date
 * @param needsAssessmentDue the later of the 16th birthday and {@code eligibleFrom}, plus 3 calendar months
 *                           (CPPCR 2010 reg 42(1)); present only when {@code eligibleFrom} is
 * @param stayingPutAgreedBy staying-put agreement settled: date of birth + 17 years 6 months by default [L]
 */
public record KeyDates(
        LocalDate transitionOpens,
        LocalDate sixteenth,
        LocalDate eighteenth,
        LocalDate twentyFirst,
        LocalDate twentyFifth,
        Optional<LocalDate> eligibleFrom,
        Optional<LocalDate> needsAssessmentDue,
        LocalDate stayingPutAgreedBy) {

    static KeyDates of(LocalDate dateOfBirth, Optional<LocalDate> eligibleFrom, LocalPractice practice) {
        LocalDate sixteenth = Birthdays.anniversary(dateOfBirth, 16);
        return new KeyDates(
                reaching(dateOfBirth, practice.transitionCaseOpensAt()),
                sixteenth,
                Birthdays.anniversary(dateOfBirth, 18),
                Birthdays.anniversary(dateOfBirth, 21),
                Birthdays.anniversary(dateOfBirth, 25),
                eligibleFrom,
                eligibleFrom.map(eligible -> DayRanges.later(sixteenth, eligible).plusMonths(3)),
                reaching(dateOfBirth, practice.stayingPutAgreedBy()));
    }

    /** The birthday for the whole years, then the months added to it (clamped to the month end). */
    private static LocalDate reaching(LocalDate dateOfBirth, Period age) {
        return Birthdays.anniversary(dateOfBirth, age.getYears()).plusMonths(age.getMonths());
    }
}
