package app.waypoint.people.status;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates that drive the leaving-care deadlines (domain notes §4, "Generated deadlines"): the {@link AgeDates} and the two
 * that depend on the recorded care.
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
        AgeDates ages = AgeDates.of(dateOfBirth, practice);
        return new KeyDates(
                ages.transitionOpens(),
                ages.sixteenth(),
                ages.eighteenth(),
                ages.twentyFirst(),
                ages.twentyFifth(),
                eligibleFrom,
                eligibleFrom.map(eligible -> DayRanges.later(ages.sixteenth(), eligible).plusMonths(3)),
                ages.stayingPutAgreedBy());
    }
}
