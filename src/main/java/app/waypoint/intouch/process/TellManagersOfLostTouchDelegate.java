package app.waypoint.intouch.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.intouch.domain.LostTouchSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The team's managers (and a looked-after child's IRO) are told the young person is possibly not in touch. */
@Named
@Dependent
class TellManagersOfLostTouchDelegate implements JavaDelegate {

    private final LostTouchSteps steps;

    TellManagersOfLostTouchDelegate(LostTouchSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.tellManagers(variables.uuid(LostTouchProcess.VAR_YOUNG_PERSON_ID), variables.string(LostTouchProcess.VAR_FLAGGED_BECAUSE));
    }
}
