package app.waypoint.escalations;

import static app.waypoint.escalations.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.escalations.IroDisputeProcess.VAR_NOTE;
import static app.waypoint.escalations.IroDisputeProcess.VAR_REFER_TO_CAFCASS;

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
        UUID disputeId = UUID.fromString((String) execution.getVariable(VAR_DISPUTE_ID));
        steps.recordCafcassDecision(disputeId, Boolean.TRUE.equals(execution.getVariable(VAR_REFER_TO_CAFCASS)),
                (String) execution.getVariable(VAR_NOTE), actor(execution));
    }

    /** Who completed the task that led here (the tasklist signs the engine in as them), if anyone. */
    private static String actor(DelegateExecution execution) {
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
