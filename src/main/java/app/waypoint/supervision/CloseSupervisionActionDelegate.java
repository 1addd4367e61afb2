package app.waypoint.supervision;

import static app.waypoint.supervision.SupervisionActionProcess.VAR_ACTION_ID;
import static app.waypoint.supervision.SupervisionActionProcess.VAR_ACTION_OUTCOME;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
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
        steps.closeAction(UUID.fromString((String) execution.getVariable(VAR_ACTION_ID)),
                (String) execution.getVariable(VAR_ACTION_OUTCOME), RecordSignatureDelegate.completedBy(execution));
    }
}
