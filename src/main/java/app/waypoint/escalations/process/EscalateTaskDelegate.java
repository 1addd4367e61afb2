package app.waypoint.escalations.process;

import static app.waypoint.escalations.process.TaskEscalationProcess.VAR_STAGE;
import static app.waypoint.escalations.process.TaskEscalationProcess.VAR_TASK_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.escalations.domain.EscalationStage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** One rung of the overdue chain; the model names the rung in the step's input parameter {@code stage}. */
@Named
@Dependent
class EscalateTaskDelegate implements JavaDelegate {

    private final EscalationService escalations;

    EscalateTaskDelegate(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        escalations.escalate(execution.getProcessInstanceId(), variables.string(VAR_TASK_ID),
                variables.enumValue(VAR_STAGE, EscalationStage.class));
    }
}
