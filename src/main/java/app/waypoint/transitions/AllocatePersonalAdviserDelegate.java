package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_PERSONAL_ADVISER_USERNAME;
import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Allocates the personal adviser the manager appointed in the step before. */
@Named
@Dependent
class AllocatePersonalAdviserDelegate implements JavaDelegate {

    private final AllocationService allocations;

    AllocatePersonalAdviserDelegate(AllocationService allocations) {
        this.allocations = allocations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        // the form's staffRole property has the tasklist check the username before the step completes
        allocations.allocate(variables.uuid(VAR_YOUNG_PERSON_ID), AllocationKind.PERSONAL_ADVISER,
                variables.string(VAR_PERSONAL_ADVISER_USERNAME), variables.completedBy());
    }
}
