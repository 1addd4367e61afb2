package app.waypoint.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A DfE collection year of the SSDA903 return, named by the year its 31 March falls in: from 1 April of the year before to
 * that 31 March. The return's export and validation and the import of a council's files all count years so.
 */
public record CollectionYear(int year) {

    /** The last complete collection year on {@code today}: the latest whose 31 March has passed. */
    public static CollectionYear lastCompleteOn(LocalDate today) {
        return new CollectionYear(today.getMonth().compareTo(Month.APRIL) >= 0 ? today.getYear() : today.getYear() - 1);
    }

    /** 1 April of the year before. */
    public LocalDate firstDay() {
        return LocalDate.of(year - 1, Month.APRIL, 1);
    }

    /** Its 31 March. */
    public LocalDate lastDay() {
        return LocalDate.of(year, Month.MARCH, 31);
    }
}
