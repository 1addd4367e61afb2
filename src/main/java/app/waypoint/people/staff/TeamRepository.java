package app.waypoint.people.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** A manager's teams: their own (if they have one) and those they are service manager, head of service or director of. */
    public Set<UUID> managedBy(UUID managerId, UUID ownTeamId) {
        return list("id = ?1 or serviceManagerId = ?2 or headOfServiceId = ?2 or directorId = ?2", ownTeamId, managerId).stream()
                .map(team -> team.id).collect(Collectors.toUnmodifiableSet());
    }
}
