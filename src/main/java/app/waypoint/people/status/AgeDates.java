package app.waypoint.people.status;

import java.time.LocalDate;
import java.time.Period;

/**
 * The key dates that come from the date of birth alone (domain notes §4): every leaving-care deadline but the needs
 * assessment's, which also depends on when the recorded care made the young person eligible ({@link KeyDates}).
 *
 * @param transitionOpens    open the transition case: date of birth + 15 years 9 months by default [L]
 * @param sixteenth          16th birthday
 * @param eighteenth         18th birthday: transfer to a personal adviser
 * @param twentyFirst        21st birthday: s23C duties end unless education or training continues; offer a PA to 25
 * @param twentyFifth        25th birthday: close
 * @param stayingPutAgreedBy staying-put agreement settled: date of birth + 17 years 6 months by default [L]
 */
public record AgeDates(
        LocalDate transitionOpens,
        LocalDate sixteenth,
        LocalDate eighteenth,
        LocalDate twentyFirst,
        LocalDate twentyFifth,
        LocalDate stayingPutAgreedBy) {

    static AgeDates of(LocalDate dateOfBirth, LocalPractice practice) {
        return new AgeDates(
                reaching(dateOfBirth, practice.transitionCaseOpensAt()),
                Birthdays.anniversary(dateOfBirth, 16),
                Birthdays.anniversary(dateOfBirth, 18),
                Birthdays.anniversary(dateOfBirth, 21),
                Birthdays.anniversary(dateOfBirth, 25),
                reaching(dateOfBirth, practice.stayingPutAgreedBy()));
    }

    /** The birthday for the whole years, then the months added to it (clamped to the month end). */
    private static LocalDate reaching(LocalDate dateOfBirth, Period age) {
        return Birthdays.anniversary(dateOfBirth, age.getYears()).plusMonths(age.getMonths());
    }
}
