package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_NOTE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_REFER_TO_CAFCASS;

import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the IRO's decision on a Cafcass referral at the formal limit. */
@Named
@Dependent
class RecordCafcassDecisionDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    RecordCafcassDecisionDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        UUID disputeId = variables.uuid(VAR_DISPUTE_ID);
        steps.recordCafcassDecision(disputeId, variables.flag(VAR_REFER_TO_CAFCASS),
                variables.string(VAR_NOTE), variables.completedBy());
    }
}
