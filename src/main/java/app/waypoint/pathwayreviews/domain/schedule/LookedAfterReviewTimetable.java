package app.waypoint.pathwayreviews.domain.schedule;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.youngpeople.InCareSince;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * An eligible child's pathway plan is reviewed with their looked-after reviews (CPPCR 2010 reg 33, domain notes §2a step 7):
 * the first within 20 working days of coming into care, the second within 3 months of the first, then every 6 months.
 *
 * <p>Waypoint knows the reviews it held. Reviews that fell due before it held the child's record are taken to have been held
 * on time, so that recording a child long in care does not make every review of their past overdue at once; from the day
 * the record was made the timetable is Waypoint's to keep.
 */
@ApplicationScoped
public class LookedAfterReviewTimetable {

    private final PathwayReviewConfig config;
    private final WorkingCalendar calendar;

    LookedAfterReviewTimetable(PathwayReviewConfig config, WorkingCalendar calendar) {
        this.config = config;
        this.calendar = calendar;
    }

    /** The day the next review is due, given the days on which reviews were held in this stay in care (oldest first). */
    public LocalDate nextDue(InCareSince child, List<LocalDate> heldSinceComingIntoCare) {
        Deque<LocalDate> held = new ArrayDeque<>(heldSinceComingIntoCare);
        int reviews = 0;
        LocalDate last = null;
        while (true) {
            LocalDate due = dueAfter(child.since(), reviews, last);
            if (!held.isEmpty() && (!held.peekFirst().isAfter(due) || !due.isBefore(child.recordedOn()))) {
                last = held.removeFirst();
            } else if (due.isBefore(child.recordedOn())) {
                last = due;
            } else {
                return due;
            }
            reviews++;
        }
    }

    private LocalDate dueAfter(LocalDate inCareSince, int reviewsHeld, LocalDate lastHeld) {
        return switch (reviewsHeld) {
            case 0 -> calendar.plusWorkingDays(inCareSince, config.firstLookedAfterReviewWorkingDays());
            case 1 -> calendar.plusMonths(lastHeld, config.secondLookedAfterReviewMonths());
            default -> calendar.plusMonths(lastHeld, config.maximumMonthsBetweenReviews());
        };
    }
}
