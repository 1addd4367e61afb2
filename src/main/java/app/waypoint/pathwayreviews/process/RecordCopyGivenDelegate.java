package app.waypoint.pathwayreviews.process;

import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_COPY_GIVEN_ON;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_HELD_ON;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_REVIEW_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

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
        ProcessVariables variables = ProcessVariables.of(execution);
        reviews.recordCopyGiven(variables.uuid(VAR_REVIEW_ID), variables.localDate(VAR_COPY_GIVEN_ON), variables.localDate(VAR_HELD_ON),
                variables.completedBy());
    }
}
