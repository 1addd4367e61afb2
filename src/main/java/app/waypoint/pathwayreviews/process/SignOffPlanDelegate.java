package app.waypoint.pathwayreviews.process;

import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_OVERSIGHT_NOTE;
import static app.waypoint.pathwayreviews.process.PathwayReviewProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Signs the draft off as the manager who completed "Sign off plan"; refused (422, task stays open) without a contingency plan. */
@Named
@Dependent
class SignOffPlanDelegate implements JavaDelegate {

    private final PathwayReviewService reviews;

    SignOffPlanDelegate(PathwayReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        reviews.signOffPlan(variables.uuid(VAR_YOUNG_PERSON_ID), variables.string(VAR_OVERSIGHT_NOTE), variables.completedBy());
    }
}
