package app.waypoint.pathwayreviews;

import static app.waypoint.pathwayreviews.PathwayReviewProcess.VAR_OVERSIGHT_NOTE;
import static app.waypoint.pathwayreviews.PathwayReviewProcess.VAR_YOUNG_PERSON_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

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
        reviews.signOffPlan(UUID.fromString((String) execution.getVariable(VAR_YOUNG_PERSON_ID)),
                (String) execution.getVariable(VAR_OVERSIGHT_NOTE), completedBy(execution));
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
