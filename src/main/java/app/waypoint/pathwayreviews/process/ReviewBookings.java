package app.waypoint.pathwayreviews.process;

import app.waypoint.pathwayreviews.domain.review.ReviewBooked;
import app.waypoint.tasks.domain.events.TaskEvents;
import app.waypoint.tasks.domain.events.TaskFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/** Tells other features when a pathway review is booked, from the review's steps that are due on the date it was booked for. */
@ApplicationScoped
class ReviewBookings {

    /** The review's first steps after "Schedule review and invite", due on the review date it set (the visit only where required). */
    private static final Set<String> DUE_ON_THE_REVIEW_DATE = Set.of(PathwayReviewProcess.TASK_VISIT_BEFORE_REVIEW, PathwayReviewProcess.TASK_RECORD_VIEWS);

    private final Event<ReviewBooked> booked;

    ReviewBookings(Event<ReviewBooked> booked) {
        this.booked = booked;
    }

    void onDeadline(@Observes TaskEvents.DeadlineSet deadline) {
        TaskFacts task = deadline.task();
        if (PathwayReviewProcess.KEY.equals(task.processKey()) && task.youngPersonId() != null && DUE_ON_THE_REVIEW_DATE.contains(task.key())) {
            booked.fire(new ReviewBooked(task.youngPersonId(), task.processInstanceId()));
        }
    }
}
