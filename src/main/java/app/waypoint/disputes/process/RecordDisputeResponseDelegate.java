package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_JUDGEMENT_DUE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_RESPONSE;

import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records a response (informal or formal); writes when the IRO should have judged it. */
@Named
@Dependent
class RecordDisputeResponseDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    RecordDisputeResponseDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        UUID disputeId = variables.uuid(VAR_DISPUTE_ID);
        execution.setVariable(VAR_JUDGEMENT_DUE, Date.from(steps.recordResponse(disputeId, variables.string(VAR_RESPONSE),
                variables.completedBy())));
    }
}
