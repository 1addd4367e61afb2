package app.waypoint.intouch.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.intouch.domain.LostTouchSteps;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A manager decided "not in touch": the worker is told, and keeps trying. */
@Named
@Dependent
class TellWorkerOfDecisionDelegate implements JavaDelegate {

    private final LostTouchSteps steps;

    TellWorkerOfDecisionDelegate(LostTouchSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        steps.tellWorkerOfDecision(variables.uuid(LostTouchProcess.VAR_YOUNG_PERSON_ID));
    }
}
