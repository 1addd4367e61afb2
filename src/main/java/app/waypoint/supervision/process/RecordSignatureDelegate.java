package app.waypoint.supervision.process;

import static app.waypoint.supervision.process.SupervisionCycleProcess.VAR_SESSION_ID;
import static app.waypoint.supervision.process.SupervisionCycleProcess.VAR_SIGNED_AS;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.supervision.domain.sessions.SupervisionSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records the signature of whoever completed a sign-off task; the model says whose signature it is ({@code signedAs}). */
@Named
@Dependent
class RecordSignatureDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    RecordSignatureDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.sign(variables.uuid(VAR_SESSION_ID), "WORKER".equals(variables.string(VAR_SIGNED_AS)), variables.completedBy());
    }
}
