package app.waypoint.web.shell;

import app.waypoint.calendar.WaypointClock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as the pages show them, in the council's time zone: "4 March 2026, 14:05", or just the day. */
public final class PageTimes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(WaypointClock.ZONE);

    private PageTimes() {
    }

    public static String when(Instant moment) {
        return moment == null ? "" : WHEN.format(moment);
    }

    public static String day(Instant moment) {
        return moment == null ? "" : DueWording.date(WaypointClock.dayOf(moment));
    }
}
