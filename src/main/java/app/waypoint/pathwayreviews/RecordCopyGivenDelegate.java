package app.waypoint.pathwayreviews;

import static app.waypoint.pathwayreviews.PathwayReviewProcess.VAR_COPY_GIVEN_ON;
import static app.waypoint.pathwayreviews.PathwayReviewProcess.VAR_HELD_ON;
import static app.waypoint.pathwayreviews.PathwayReviewProcess.VAR_REVIEW_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Records the copy given to the young person on the signed-off plan and closes the review. */
@Named
@Dependent
class RecordCopyGivenDelegate implements JavaDelegate {

    private final PathwayReviewService reviews;

    RecordCopyGivenDelegate(PathwayReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.recordCopyGiven(UUID.fromString((String) execution.getVariable(VAR_REVIEW_ID)),
                PathwayReviewSchedule.localDate((Date) execution.getVariable(VAR_COPY_GIVEN_ON)),
                PathwayReviewSchedule.localDate((Date) execution.getVariable(VAR_HELD_ON)), completedBy(execution));
    }

    /** The member of staff who completed the step (the tasklist authenticates them to the engine). */
    private static String completedBy(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null) {
            throw new IllegalStateException("A step that acts for a member of staff ran without one");
        }
        return user.getUserId();
    }
}
