package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_RESPONDENT;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_RESPONSE_DUE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_STAGE;

import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Starts the formal stage in {@code stage}; writes its respondent and response due date. */
@Named
@Dependent
class StartDisputeStageDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    StartDisputeStageDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        UUID disputeId = variables.uuid(VAR_DISPUTE_ID);
        DisputeSteps.StageStart start = steps.startStage(disputeId, variables.enumValue(VAR_STAGE, DisputeStage.class));
        execution.setVariable(VAR_RESPONDENT, start.respondent());
        execution.setVariable(VAR_RESPONSE_DUE, Date.from(start.responseDue()));
    }
}
