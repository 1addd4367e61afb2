package app.waypoint.transitions;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;

/** Assignees of transition tasks, from current allocations; none allocated means the task is offered to the team. */
@Named("transitionAssignees")
@ApplicationScoped
public class TransitionAssignees {

    private final AllocationService allocations;

    TransitionAssignees(AllocationService allocations) {
        this.allocations = allocations;
    }

    public String socialWorker(String youngPersonId) {
        return allocations.allocatedUsername(UUID.fromString(youngPersonId), AllocationKind.SOCIAL_WORKER).orElse(null);
    }

    public String personalAdviser(String youngPersonId) {
        return allocations.allocatedUsername(UUID.fromString(youngPersonId), AllocationKind.PERSONAL_ADVISER).orElse(null);
    }
}
