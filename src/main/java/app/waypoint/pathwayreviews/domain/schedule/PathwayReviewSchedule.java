package app.waypoint.pathwayreviews.domain.schedule;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Date;

/**
 * Due dates of the pathway review's steps (domain notes §2b), called from the model's expressions as
 * {@code ${pathwayReviewSchedule.…}}. Every step is due at the end of its day.
 */
@Named("pathwayReviewSchedule")
@ApplicationScoped
public class PathwayReviewSchedule {

    private final PathwayReviewConfig config;
    private final WorkingCalendar calendar;
    private final WaypointClock clock;

    PathwayReviewSchedule(PathwayReviewConfig config, WorkingCalendar calendar, WaypointClock clock) {
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** [L] invitations go out about 10 working days before the review is due; today when that day has passed. */
    public Date inviteDue(String reviewDueOn) {
        LocalDate due = calendar.minusWorkingDays(LocalDate.parse(reviewDueOn), config.inviteWorkingDays());
        return endOf(due.isBefore(clock.today()) ? clock.today() : due);
    }

    /** The day itself (the pre-review visit and the review are due on the review date the worker set). */
    public Date onDay(Date day) {
        return endOf(localDate(day));
    }

    /** [L] the manager signs the plan off within 5 working days of the review. */
    public Date signOffDue(Date heldOn) {
        return endOf(calendar.plusWorkingDays(localDate(heldOn), config.signOffWorkingDays()));
    }

    /** [L] the chair shares the review record within 10 working days of the review (configurable). */
    public Date shareRecordDue(Date heldOn) {
        return endOf(calendar.plusWorkingDays(localDate(heldOn), config.shareRecordWorkingDays()));
    }

    /** The copy is given as soon as practicable: within 5 working days of today, when the plan has just been signed off. */
    public Date copyDue() {
        return endOf(calendar.plusWorkingDays(clock.today(), config.signOffWorkingDays()));
    }

    /** A plan action's task is due on the action's due date. */
    public Date actionDue(String actionDueOn) {
        return endOf(LocalDate.parse(actionDueOn));
    }

    private static LocalDate localDate(Date day) {
        return WaypointClock.dayOf(day.toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(WaypointClock.endOf(day));
    }
}
