package app.waypoint.web.me;

import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;

/** Dates in the young person's pages, in words: {@code {page.nextReview.words}} gives "Friday 4 December 2026". */
@TemplateExtension(namespace = "me")
final class MeWords {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            java.util.Locale.UK);

    private MeWords() {
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String dayOf(java.time.Instant at) {
        return at == null ? "" : DAY.format(app.waypoint.calendar.WaypointClock.dayOf(at));
    }
}
