package app.waypoint.people.allocations;

import app.waypoint.shared.QueryIds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The young people a caller may see, as a JPQL subquery of their ids ({@code ids}) with its own named parameters, for a
 * repository to put in its query ({@code … youngPersonId in (<ids>)}): the database joins them, so no list of a team's (700) or
 * a director's (thousands) young people is ever loaded into memory or bound as parameters (README "Performance").
 */
public record VisibleYoungPeople(String ids, Map<String, Object> parameters) {

    /** The young people of these teams (a manager's). */
    static VisibleYoungPeople ofTeams(Set<UUID> teamIds) {
        return new VisibleYoungPeople("select visiblePerson.id from YoungPerson visiblePerson where visiblePerson.teamId in :visibleTeams",
                Map.of("visibleTeams", QueryIds.forIn(teamIds)));
    }

    /** The young people a member of staff is currently allocated to in one of these kinds (a worker's caseload, an IRO's). */
    static VisibleYoungPeople allocatedTo(UUID staffId, List<AllocationKind> kinds) {
        return new VisibleYoungPeople("select visibleAllocation.youngPersonId from Allocation visibleAllocation"
                + " where visibleAllocation.staffId = :visibleStaff and visibleAllocation.kind in :visibleKinds"
                + " and visibleAllocation.endedOn is null", Map.of("visibleStaff", staffId, "visibleKinds", kinds));
    }
}
