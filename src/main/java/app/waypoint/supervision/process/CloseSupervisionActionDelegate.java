package app.waypoint.supervision.process;

import static app.waypoint.supervision.process.SupervisionActionProcess.VAR_ACTION_ID;
import static app.waypoint.supervision.process.SupervisionActionProcess.VAR_ACTION_OUTCOME;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.supervision.domain.sessions.SupervisionSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The owner completed the action's task: the action closes with what they say was done. */
@Named
@Dependent
class CloseSupervisionActionDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    CloseSupervisionActionDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.closeAction(variables.uuid(VAR_ACTION_ID), variables.string(VAR_ACTION_OUTCOME), variables.completedBy());
    }
}
