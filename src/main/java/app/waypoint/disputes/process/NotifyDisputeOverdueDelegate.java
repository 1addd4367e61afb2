package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;

import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Tells the IRO that the current respondent's response is overdue. */
@Named
@Dependent
class NotifyDisputeOverdueDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    NotifyDisputeOverdueDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID disputeId = ProcessVariables.of(execution).uuid(VAR_DISPUTE_ID);
        steps.responseOverdue(disputeId);
    }
}
