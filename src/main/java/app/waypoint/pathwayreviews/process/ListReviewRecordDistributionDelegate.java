package app.waypoint.pathwayreviews.process;

import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_DISTRIBUTION_ADVISER;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_DISTRIBUTION_MANAGER;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_DISTRIBUTION_YOUNG_PERSON;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_REVIEW_CHAIR;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.pathwayreviews.domain.review.ReviewRecordSharing.Distribution;
import app.waypoint.pathwayreviews.domain.review.ReviewRecordSharing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Names the chair (whoever held the review) and the review record's distribution list, for the share task. */
@Named
@Dependent
class ListReviewRecordDistributionDelegate implements JavaDelegate {

    private final ReviewRecordSharing sharing;

    ListReviewRecordDistributionDelegate(ReviewRecordSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Distribution distribution = sharing.distribution(variables.uuid(VAR_YOUNG_PERSON_ID));
        execution.setVariable(VAR_REVIEW_CHAIR, variables.completedBy());
        execution.setVariable(VAR_DISTRIBUTION_YOUNG_PERSON, distribution.youngPerson());
        execution.setVariable(VAR_DISTRIBUTION_ADVISER, distribution.adviser());
        execution.setVariable(VAR_DISTRIBUTION_MANAGER, distribution.manager());
    }
}
