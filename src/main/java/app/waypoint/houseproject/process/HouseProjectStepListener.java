package app.waypoint.houseproject.process;

import static app.waypoint.houseproject.process.HouseProjectMoveProcess.VAR_MEMBERSHIP_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.houseproject.domain.membership.HouseProjectSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Writes each completed step of the House Project move to the membership's history, with who completed it. */
@Named
@Dependent
class HouseProjectStepListener implements TaskListener {

    private final HouseProjectSteps steps;

    HouseProjectStepListener(HouseProjectSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        ProcessVariables variables = ProcessVariables.of(task);
        steps.stepCompleted(variables.uuid(VAR_MEMBERSHIP_ID), task.getTaskDefinitionKey(), task.getName(), variables.completedBy());
    }
}
