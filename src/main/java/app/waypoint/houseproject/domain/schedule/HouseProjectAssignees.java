package app.waypoint.houseproject.domain.schedule;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;

/** Who does the House Project steps about the young person's home; none allocated means the task is offered to the team. */
@Named("houseProjectAssignees")
@ApplicationScoped
public class HouseProjectAssignees {

    private final AllocationService allocations;

    HouseProjectAssignees(AllocationService allocations) {
        this.allocations = allocations;
    }

    /** The personal adviser (who finds the home with the housing provider, visits and checks the tenancy), else the social worker. */
    public String adviser(String youngPersonId) {
        return allocations.allocatedUsername(UUID.fromString(youngPersonId), AllocationKind.PERSONAL_ADVISER, AllocationKind.SOCIAL_WORKER)
                .orElse(null);
    }
}
