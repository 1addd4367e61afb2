package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_CLOSURE_NOTE;
import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_CLOSURE_REASON;
import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
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
        Object reason = execution.hasVariable(VAR_CLOSURE_REASON) ? execution.getVariable(VAR_CLOSURE_REASON)
                : execution.getVariable(VAR_CLOSURE_NOTE);
        transitions.recordClosure(UUID.fromString((String) execution.getVariable(VAR_YOUNG_PERSON_ID)), (String) reason);
    }
}
