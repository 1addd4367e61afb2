package app.waypoint.people.staff;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
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

    /** Everyone in the team, disabled or not, in the order given. */
    public List<Staff> inTeam(UUID teamId, Sort order) {
        return list("teamId", order, teamId);
    }

    /** These members of staff, in one query. */
    public List<Staff> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The members of staff of a role whose records are not disabled, in every team, by name. */
    public List<Staff> activeWithRole(StaffRole role) {
        return list("role = ?1 and disabledAt is null", Sort.by("displayName"), role);
    }
}
