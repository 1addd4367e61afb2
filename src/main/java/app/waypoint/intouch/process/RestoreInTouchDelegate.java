package app.waypoint.intouch.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.intouch.domain.LostTouchSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A contact made: the lost-touch record ends and the young person is in touch again. */
@Named
@Dependent
class RestoreInTouchDelegate implements JavaDelegate {

    private final LostTouchSteps steps;

    RestoreInTouchDelegate(LostTouchSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.restoreInTouch(variables.uuid(LostTouchProcess.VAR_YOUNG_PERSON_ID));
    }
}
