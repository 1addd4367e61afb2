package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/** "Write pathway plan" completes only with a plan saved: otherwise its completion is refused (422) and the task stays open. */
@Named
@Dependent
class ConfirmPathwayPlanWrittenListener implements TaskListener {

    private final TransitionSteps steps;

    ConfirmPathwayPlanWrittenListener(TransitionSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        steps.requirePlanWritten(ProcessVariables.of(task).uuid(VAR_YOUNG_PERSON_ID));
    }
}
