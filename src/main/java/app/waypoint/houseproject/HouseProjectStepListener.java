package app.waypoint.houseproject;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

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
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        steps.stepCompleted(StepDelegate.membershipId(task), task.getTaskDefinitionKey(), task.getName(),
                user == null ? task.getAssignee() : user.getUserId());
    }
}
