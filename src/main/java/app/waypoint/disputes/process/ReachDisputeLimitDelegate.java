package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DECISION_DUE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;

import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Reports the formal limit reached; writes when the IRO should decide on a Cafcass referral. */
@Named
@Dependent
class ReachDisputeLimitDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    ReachDisputeLimitDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID disputeId = ProcessVariables.of(execution).uuid(VAR_DISPUTE_ID);
        execution.setVariable(VAR_DECISION_DUE, Date.from(steps.reachLimit(disputeId)));
    }
}
