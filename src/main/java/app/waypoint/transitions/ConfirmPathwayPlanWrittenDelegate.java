package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "Write pathway plan" is done only with a plan saved: otherwise its completion is refused (422) and, as this step runs in the
 * completion's transaction, the task stays open.
 */
@Named
@Dependent
class ConfirmPathwayPlanWrittenDelegate implements JavaDelegate {

    private final TransitionSteps steps;

    ConfirmPathwayPlanWrittenDelegate(TransitionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.requirePlanWritten(ProcessVariables.of(execution).uuid(VAR_YOUNG_PERSON_ID));
    }
}
