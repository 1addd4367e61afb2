package app.waypoint.escalations.process;

import static app.waypoint.escalations.process.TaskEscalationProcess.VAR_TASK_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.escalations.domain.EscalationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The chain's reminder step. */
@Named
@Dependent
class RemindAssigneeDelegate implements JavaDelegate {

    private final EscalationService escalations;

    RemindAssigneeDelegate(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        escalations.remind(execution.getProcessInstanceId(), ProcessVariables.of(execution).string(VAR_TASK_ID));
    }
}
