package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_CLOSURE_NOTE;
import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_CLOSURE_REASON;
import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Marks the transition closed with its reason: the early-closure request's reason, or the manager's closure note. */
@Named
@Dependent
class RecordClosureDelegate implements JavaDelegate {

    private final TransitionService transitions;

    RecordClosureDelegate(TransitionService transitions) {
        this.transitions = transitions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        String reason = variables.string(execution.hasVariable(VAR_CLOSURE_REASON) ? VAR_CLOSURE_REASON : VAR_CLOSURE_NOTE);
        transitions.recordClosure(variables.uuid(VAR_YOUNG_PERSON_ID), reason);
    }
}
