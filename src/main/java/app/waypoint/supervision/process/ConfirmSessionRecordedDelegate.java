package app.waypoint.supervision.process;

import static app.waypoint.supervision.process.SupervisionCycleProcess.VAR_SESSION_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.supervision.domain.sessions.SupervisionSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "Hold and record session" is done only once the session is recorded: otherwise its completion is refused (422). */
@Named
@Dependent
class ConfirmSessionRecordedDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    ConfirmSessionRecordedDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.requireRecorded(ProcessVariables.of(execution).uuid(VAR_SESSION_ID));
    }
}
