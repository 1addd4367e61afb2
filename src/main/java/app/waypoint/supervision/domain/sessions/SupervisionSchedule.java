package app.waypoint.supervision.domain.sessions;

import app.waypoint.calendar.WaypointClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

/**
 * Due dates of the supervision processes' tasks, read from the session or action as it stands (so a re-dated action's new
 * task is due on its new date), called from the models as {@code ${supervisionSchedule.…}}. Due at the end of the day.
 */
@Named("supervisionSchedule")
@ApplicationScoped
public class SupervisionSchedule {

    private final SupervisionSessionRepository sessions;
    private final SupervisionActionRepository actions;

    SupervisionSchedule(SupervisionSessionRepository sessions, SupervisionActionRepository actions) {
        this.sessions = sessions;
        this.actions = actions;
    }

    /** The session is held on the day it is booked for. */
    public Date sessionDue(String sessionId) {
        return endOf(sessions.findById(UUID.fromString(sessionId)).scheduledFor);
    }

    /** Both sign off within the configured working days of the day the session was held. */
    public Date signOffDue(String sessionId) {
        return endOf(sessions.findById(UUID.fromString(sessionId)).signOffDueOn);
    }

    /** An action's task is due on the action's due date. */
    public Date actionDue(String actionId) {
        return endOf(actions.findById(UUID.fromString(actionId)).dueOn);
    }

    private static Date endOf(LocalDate day) {
        return Date.from(WaypointClock.endOf(day));
    }
}
