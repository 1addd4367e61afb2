package app.waypoint.web.youngpeople;

import app.waypoint.risks.domain.flags.RiskService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * For the templates ({@code inject:riskPrompts}): the questions the service configures for visits, contacts and reviews
 * ({@code waypoint.risks.prompts}), shown by the {@code riskPrompts} tag with a link to raise a concern; and which task steps
 * are done on the young person's risks page rather than by completing the task's form.
 */
@Named("riskPrompts")
@ApplicationScoped
public class RiskPrompts {

    /** The pathway review's steps at which the young person is seen or heard: where the prompts are shown on the task page. */
    private static final Set<String> REVIEW_STEPS = Set.of("Task_VisitBeforeReview", "Task_RecordViews", "Task_HoldReview");
    private static final Set<String> DONE_ON_RISK_PAGE = Set.of(RiskService.DECIDE_STEP, RiskService.REVIEW_STEP);

    private final RiskService risks;

    RiskPrompts(RiskService risks) {
        this.risks = risks;
    }

    public List<String> getQuestions() {
        return risks.prompts();
    }

    /** The questions to show on a task's page: the prompts at a review's steps, none elsewhere. */
    public List<String> atStep(String stepId) {
        return stepId != null && REVIEW_STEPS.contains(stepId) ? risks.prompts() : List.of();
    }

    /** Whether a task at this step is done on the risks page (the decision on a concern, the review of a safety plan). */
    public boolean decidedOnRiskPage(String stepId) {
        return stepId != null && DONE_ON_RISK_PAGE.contains(stepId);
    }
}
