package app.waypoint.supervision.process;

import static app.waypoint.supervision.process.SupervisionCycleProcess.VAR_SESSION_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.supervision.domain.sessions.SupervisionSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Once the session is signed off by both, each of its open actions becomes a task for its owner. */
@Named
@Dependent
class CreateActionTasksDelegate implements JavaDelegate {

    private final SupervisionSteps steps;

    CreateActionTasksDelegate(SupervisionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.createActionTasks(ProcessVariables.of(execution).uuid(VAR_SESSION_ID));
    }
}
