package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_PERSONAL_ADVISER_USERNAME;
import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.people.AllocationKind;
import app.waypoint.people.AllocationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

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
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // the form's staffRole property has the tasklist check the username before the step completes
        allocations.allocate(UUID.fromString((String) execution.getVariable(VAR_YOUNG_PERSON_ID)), AllocationKind.PERSONAL_ADVISER,
                (String) execution.getVariable(VAR_PERSONAL_ADVISER_USERNAME), user == null ? "process" : user.getUserId());
    }
}
