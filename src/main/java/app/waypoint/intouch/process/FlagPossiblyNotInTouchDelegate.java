package app.waypoint.intouch.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.intouch.domain.LostTouchSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The first step: the young person is flagged possibly not in touch. */
@Named
@Dependent
class FlagPossiblyNotInTouchDelegate implements JavaDelegate {

    private final LostTouchSteps steps;

    FlagPossiblyNotInTouchDelegate(LostTouchSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.flag(variables.uuid(LostTouchProcess.VAR_YOUNG_PERSON_ID), variables.string(LostTouchProcess.VAR_FLAGGED_BECAUSE),
                execution.getProcessInstanceId());
    }
}
