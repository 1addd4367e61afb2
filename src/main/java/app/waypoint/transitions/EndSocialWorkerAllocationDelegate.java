package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** At the 18th-birthday transfer the social worker's allocation ends; the personal adviser carries on. */
@Named
@Dependent
class EndSocialWorkerAllocationDelegate implements JavaDelegate {

    private final AllocationService allocations;

    EndSocialWorkerAllocationDelegate(AllocationService allocations) {
        this.allocations = allocations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        allocations.end(ProcessVariables.of(execution).uuid(VAR_YOUNG_PERSON_ID), AllocationKind.SOCIAL_WORKER);
    }
}
