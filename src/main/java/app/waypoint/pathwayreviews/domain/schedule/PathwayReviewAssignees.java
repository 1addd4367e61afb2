package app.waypoint.pathwayreviews.domain.schedule;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.YoungPersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.UUID;

/** Assignees of review tasks, from current allocations; none allocated means the task is offered to the team. */
@Named("pathwayReviewAssignees")
@ApplicationScoped
public class PathwayReviewAssignees {

    private final AllocationService allocations;
    private final YoungPersonService youngPeople;

    PathwayReviewAssignees(AllocationService allocations, YoungPersonService youngPeople) {
        this.allocations = allocations;
        this.youngPeople = youngPeople;
    }

    /** The personal adviser if one is allocated, else the social worker. */
    public String worker(String youngPersonId) {
        return allocations.allocatedUsername(UUID.fromString(youngPersonId), AllocationKind.PERSONAL_ADVISER, AllocationKind.SOCIAL_WORKER)
                .orElse(null);
    }

    /** [S/G] the IRO chairs the review of an eligible child; otherwise (or with no IRO allocated) a manager of the team does. */
    public String chair(String youngPersonId) {
        UUID id = UUID.fromString(youngPersonId);
        if (youngPeople.facts(id).status() != CareStatus.ELIGIBLE) {
            return null;
        }
        return allocations.allocatedUsername(id, AllocationKind.IRO).orElse(null);
    }
}
