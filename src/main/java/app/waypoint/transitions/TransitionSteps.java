package app.waypoint.transitions;

import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.shared.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The rules of the transition's steps that hang on other records. "Write pathway plan" is done in the pathway plan editor: the
 * step completes only once the young person's one plan has a saved version (draft or signed off), and never makes a plan itself.
 */
@ApplicationScoped
class TransitionSteps {

    static final String WRITE_PATHWAY_PLAN = "Task_WritePathwayPlan";

    private final PathwayPlanService plans;

    TransitionSteps(PathwayPlanService plans) {
        this.plans = plans;
    }

    /** Refuses (422) completing "Write pathway plan" while the young person has no plan saved. */
    void requirePlanWritten(UUID youngPersonId) {
        if (!plans.hasPlan(youngPersonId)) {
            throw new RuleViolationException("pathway-plan-not-written",
                    "Write the pathway plan first: save it in the pathway plan editor, then complete this step.");
        }
    }
}
