package app.waypoint.risks.process;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessVariables;
import app.waypoint.risks.domain.flags.RiskSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** After "Decide on concern" or "Review the safety plan": whether the risk is active and, if so, when its plan is reviewed next. */
@Named
@Dependent
class ConfirmRiskDecisionDelegate implements JavaDelegate {

    private final RiskSteps steps;

    ConfirmRiskDecisionDelegate(RiskSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        boolean review = RiskDecisionProcess.TASK_CONFIRM_REVIEW.equals(execution.getCurrentActivityId());
        RiskSteps.Outcome outcome = review ? steps.reviewed(variables.uuid(RiskDecisionProcess.VAR_RISK_ID))
                : steps.decided(variables.uuid(RiskDecisionProcess.VAR_RISK_ID));
        execution.setVariable(RiskDecisionProcess.VAR_RISK_ACTIVE, outcome.active());
        if (outcome.active()) {
            execution.setVariable(RiskDecisionProcess.VAR_REVIEW_AT, Date.from(WaypointClock.startOf(outcome.reviewOn())));
            execution.setVariable(RiskDecisionProcess.VAR_REVIEW_DUE, Date.from(WaypointClock.endOf(outcome.reviewOn())));
        }
    }
}
