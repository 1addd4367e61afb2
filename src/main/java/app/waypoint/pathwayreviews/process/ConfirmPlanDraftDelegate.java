package app.waypoint.pathwayreviews.process;

import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Update pathway plan" is done only with a saved draft: otherwise its completion is refused (422) and the task stays open. */
@Named
@Dependent
class ConfirmPlanDraftDelegate implements JavaDelegate {

    private final PathwayReviewService reviews;

    ConfirmPlanDraftDelegate(PathwayReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.requirePlanDraft(ProcessVariables.of(execution).uuid(VAR_YOUNG_PERSON_ID));
    }
}
