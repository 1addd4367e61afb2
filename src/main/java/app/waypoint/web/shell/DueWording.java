package app.waypoint.web.shell;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words for due dates, counted in working days (weekends and bank holidays skipped) as the statutory deadlines are. */
@ApplicationScoped
public class DueWording {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final WorkingCalendar calendar;
    private final WaypointClock clock;
    private final int dueSoonWorkingDays;

    DueWording(WorkingCalendar calendar, WaypointClock clock, WebConfig config) {
        this.calendar = calendar;
        this.clock = clock;
        this.dueSoonWorkingDays = config.dueSoonWorkingDays();
    }

    /** A task due on {@code due} (null: no due date), overdue or not as the tasklist says. */
    public Due of(LocalDate due, boolean overdue) {
        if (due == null) {
            return new Due(DueState.NO_DUE_DATE, "No due date");
        }
        LocalDate today = clock.today();
        if (overdue) {
            int late = calendar.workingDaysBetween(due, today);
            return new Due(DueState.OVERDUE, late > 0 ? workingDays(late) + " overdue" : "Overdue: was due " + DAY.format(due));
        }
        if (due.equals(today)) {
            return new Due(DueState.DUE_SOON, "Due today");
        }
        int left = calendar.workingDaysBetween(today, due);
        return left <= dueSoonWorkingDays
                ? new Due(DueState.DUE_SOON, "Due in " + workingDays(left) + " (" + DAY.format(due) + ")")
                : new Due(DueState.LATER, "Due " + DAY.format(due));
    }

    public static String date(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String workingDays(int days) {
        return days + (days == 1 ? " working day" : " working days");
    }
}
