package app.waypoint.people.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    public Optional<Staff> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    /** The team's members of a role whose records are not disabled, by name. */
    public List<Staff> activeInTeam(UUID teamId, StaffRole role) {
        return list("teamId = ?1 and role = ?2 and disabledAt is null", Sort.by("displayName"), teamId, role);
    }

    /** The usernames of the team's members of a role, disabled or not (a disabled manager's escalations still name them), by username. */
    public List<String> usernamesInTeam(UUID teamId, StaffRole role) {
        return list("teamId = ?1 and role = ?2", Sort.by("username"), teamId, role).stream().map(member -> member.username).toList();
    }
}
