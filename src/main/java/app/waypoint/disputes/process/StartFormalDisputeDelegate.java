package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_FORMAL_LIMIT_AT;

import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Starts the formal stages; writes when their 20-working-day limit is reached. */
@Named
@Dependent
class StartFormalDisputeDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    StartFormalDisputeDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID disputeId = ProcessVariables.of(execution).uuid(VAR_DISPUTE_ID);
        execution.setVariable(VAR_FORMAL_LIMIT_AT, Date.from(steps.startFormal(disputeId)));
    }
}
