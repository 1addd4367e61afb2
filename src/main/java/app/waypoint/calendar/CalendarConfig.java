package app.waypoint.calendar;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Configuration of the {@link WorkingCalendar} under {@code waypoint.calendar}. */
@ConfigMapping(prefix = "waypoint.calendar")
public interface CalendarConfig {

    /**
     * Path of a bank-holiday file ({@code waypoint.calendar.bank-holidays-file}) in the same format
     * as the shipped {@code calendar/bank-holidays-england-and-wales.txt}, which it replaces
     * entirely. When absent, the shipped England and Wales list is used.
     */
    Optional<String> bankHolidaysFile();
}
