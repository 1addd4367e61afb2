package app.waypoint.disputes.process;

import static app.waypoint.disputes.process.IroDisputeProcess.VAR_DISPUTE_ID;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_NEXT_STAGE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_NOTE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_SATISFIED;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_STAGE;
import static app.waypoint.disputes.process.IroDisputeProcess.VAR_STAGES_LEFT;

import app.waypoint.disputes.domain.resolution.DisputeSteps;
import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the IRO's judgement; writes whether stages are left and the next one, and clears the form's optional fields. */
@Named
@Dependent
class RecordDisputeJudgementDelegate implements JavaDelegate {

    private final DisputeSteps steps;

    RecordDisputeJudgementDelegate(DisputeSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        UUID disputeId = variables.uuid(VAR_DISPUTE_ID);
        DisputeSteps.Judgement judgement = steps.recordJudgement(disputeId, variables.flag(VAR_SATISFIED),
                variables.string(VAR_NEXT_STAGE), variables.string(VAR_NOTE), variables.completedBy());
        execution.setVariable(VAR_STAGES_LEFT, judgement.stagesLeft());
        if (judgement.nextStage() != null) {
            execution.setVariable(VAR_STAGE, judgement.nextStage().name());
        }
        execution.setVariable(VAR_NEXT_STAGE, null);
        execution.setVariable(VAR_NOTE, null);
    }
}
