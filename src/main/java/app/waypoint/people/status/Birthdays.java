package app.waypoint.people.status;

import java.time.LocalDate;
import java.time.Month;

/**
 * Birthdays and ages in completed years.
 *
 * <p>A person reaches an age at the start of the anniversary of their birth (Family Law Reform Act 1969
 * s9). <b>29 February births:</b> the domain notes leave the convention open ([U]). We use the usual
 * reading in England: in a year without 29 February the anniversary is <b>1 March</b>. So someone born
 * on 29 February 2008 is 16 on 29 February 2024, 17 on 1 March 2025 (not 28 February) and 18 on
 * 1 March 2026.
 */
public final class Birthdays {

    private Birthdays() {
    }

    /**
     * The day the person born on {@code dateOfBirth} reaches {@code years} years of age.
     *
     * @throws IllegalArgumentException if the date is missing or {@code years} is negative
     */
    public static LocalDate anniversary(LocalDate dateOfBirth, int years) {
        Require.present(dateOfBirth, "dateOfBirth");
        if (years < 0) {
            throw new IllegalArgumentException("years must not be negative: " + years);
        }
        LocalDate sameDayOfYear = dateOfBirth.plusYears(years);
        boolean leapDayBirth = dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29;
        return leapDayBirth && !sameDayOfYear.isLeapYear() ? sameDayOfYear.plusDays(1) : sameDayOfYear;
    }

    /**
     * The age in completed years on {@code on}.
     *
     * @throws IllegalArgumentException if a date is missing or {@code on} is before the date of birth
     */
    public static int age(LocalDate dateOfBirth, LocalDate on) {
        Require.present(dateOfBirth, "dateOfBirth");
        Require.present(on, "on");
        if (on.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException(on + " is before the date of birth " + dateOfBirth);
        }
        int years = on.getYear() - dateOfBirth.getYear();
        return on.isBefore(anniversary(dateOfBirth, years)) ? years - 1 : years;
    }
}
