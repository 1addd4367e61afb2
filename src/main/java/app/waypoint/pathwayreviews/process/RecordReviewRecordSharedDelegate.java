package app.waypoint.pathwayreviews.process;

import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_DISTRIBUTION_ADVISER;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_DISTRIBUTION_MANAGER;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_DISTRIBUTION_YOUNG_PERSON;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_REVIEW_ID;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_SHARED_ON;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_SHARED_WITH_ADVISER;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_SHARED_WITH_MANAGER;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_SHARED_WITH_YOUNG_PERSON;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.pathwayreviews.domain.review.ReviewRecordSharing.Distribution;
import app.waypoint.pathwayreviews.domain.review.ReviewRecordSharing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Keeps on the review the day its record was shared, with whom of the distribution list, and by whom. */
@Named
@Dependent
class RecordReviewRecordSharedDelegate implements JavaDelegate {

    private final ReviewRecordSharing sharing;

    RecordReviewRecordSharedDelegate(ReviewRecordSharing sharing) {
        this.sharing = sharing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        Distribution distribution = new Distribution(variables.string(VAR_DISTRIBUTION_YOUNG_PERSON),
                variables.string(VAR_DISTRIBUTION_ADVISER), variables.string(VAR_DISTRIBUTION_MANAGER));
        sharing.recordShared(variables.uuid(VAR_REVIEW_ID), variables.localDate(VAR_SHARED_ON), distribution,
                variables.flag(VAR_SHARED_WITH_YOUNG_PERSON), variables.flag(VAR_SHARED_WITH_ADVISER), variables.flag(VAR_SHARED_WITH_MANAGER),
                variables.completedBy());
    }
}
