package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_OUTCOME;

import app.waypoint.disputes.domain.records.DisputeStatus;
import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes the dispute with the outcome the model names in the step's input parameter {@code outcome}. */
@Named
@Dependent
class CloseDisputeDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    CloseDisputeDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        UUID disputeId = variables.uuid(VAR_DISPUTE_ID);
        steps.close(disputeId, variables.enumValue(VAR_OUTCOME, DisputeStatus.class));
    }
}
