package app.waypoint.risks.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.risks.domain.flags.RiskSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The owner completed a safety plan action: it is done on the risk's record, with what was done. */
@Named
@Dependent
class RecordSafetyPlanActionDoneDelegate implements JavaDelegate {

    private final RiskSteps steps;

    RecordSafetyPlanActionDoneDelegate(RiskSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.actionDone(variables.uuid(SafetyPlanActionProcess.VAR_ACTION_ID), variables.string(SafetyPlanActionProcess.VAR_ACTION_OUTCOME),
                variables.completedBy());
    }
}
