package app.waypoint.transitions;

import app.waypoint.engine.ScanPassStep;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The daily eligibility scan's one step, a pass at a time ({@link ScanPassStep}). */
@Named
@Dependent
class StartDueTransitionsDelegate implements JavaDelegate {

    private final TransitionService transitions;

    StartDueTransitionsDelegate(TransitionService transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScanPassStep.run(execution, transitions::startDueTransitions);
    }
}
