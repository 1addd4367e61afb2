package app.waypoint.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic: a working day is Monday to Friday and not a bank holiday.
 *
 * <p>Bank holidays come from {@link CalendarConfig#bankHolidaysFile()} when set, otherwise from the
 * shipped England and Wales list (2018 to 2030). For dates outside the years a list covers, only
 * Saturdays and Sundays are non-working days; no error is raised.
 */
@ApplicationScoped
public class WorkingCalendar {

    private final BankHolidays bankHolidays;

    @Inject
    public WorkingCalendar(CalendarConfig config) {
        this(config.bankHolidaysFile()
                .map(Path::of)
                .map(BankHolidays::read)
                .orElseGet(BankHolidays::shipped));
    }

    WorkingCalendar(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    /** Whether {@code date} is neither a Saturday, a Sunday nor a bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.contains(date);
    }

    /**
     * The date {@code days} working days after {@code from}. Counting starts the day after
     * {@code from}, so the result is always a working day unless {@code days} is zero, in which case
     * {@code from} is returned unchanged even if it is not a working day. Negative {@code days} count
     * backwards, as {@link #minusWorkingDays}.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return shift(from, days);
    }

    /**
     * The date {@code days} working days before {@code from}. Counting starts the day before
     * {@code from}; {@code days} of zero returns {@code from} unchanged, and negative {@code days}
     * count forwards, as {@link #plusWorkingDays}.
     */
    public LocalDate minusWorkingDays(LocalDate from, int days) {
        return shift(from, -(long) days);
    }

    /**
     * The number of working days {@code d} with {@code from < d <= to}. When {@code to} is before
     * {@code from} the result is negative: {@code -workingDaysBetween(to, from)}. For
     * {@code n >= 0}, {@code workingDaysBetween(from, plusWorkingDays(from, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return Math.toIntExact(from.plusDays(1).datesUntil(to.plusDays(1)).filter(this::isWorkingDay).count());
    }

    /**
     * {@code date} plus whole calendar months, ignoring working days. The day of month is clamped to
     * the end of a shorter month: 31 January plus one month is 28 February, or 29 in a leap year.
     */
    public LocalDate plusMonths(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    private LocalDate shift(LocalDate from, long days) {
        int step = days < 0 ? -1 : 1;
        long remaining = Math.abs(days);
        LocalDate date = from;
        while (remaining > 0) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }
}
