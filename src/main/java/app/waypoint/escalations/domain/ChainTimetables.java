package app.waypoint.escalations.domain;

import app.waypoint.escalations.domain.EscalationPolicy.Timetable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.function.Function;

/**
 * Reads a chain's timetable variable ({@link Timetable#text()}) for the timers of {@code bpmn/task-escalation.bpmn}, e.g.
 * {@code ${chainTimetable.overdueAt(timetable)}}; {@code null} for a step the timetable leaves out.
 */
@Named("chainTimetable")
@ApplicationScoped
public class ChainTimetables {

    public Date reminderAt(String timetable) {
        return date(timetable, Timetable::reminderAt);
    }

    public Date overdueAt(String timetable) {
        return date(timetable, Timetable::overdueAt);
    }

    public Date serviceManagerAt(String timetable) {
        return date(timetable, Timetable::serviceManagerAt);
    }

    public Date headOfServiceAt(String timetable) {
        return date(timetable, Timetable::headOfServiceAt);
    }

    private static Date date(String timetable, Function<Timetable, Instant> step) {
        Instant instant = step.apply(Timetable.ofText(timetable));
        return instant == null ? null : Date.from(instant);
    }
}
