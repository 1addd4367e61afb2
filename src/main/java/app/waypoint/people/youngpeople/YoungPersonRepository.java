package app.waypoint.people.youngpeople;

import app.waypoint.people.allocations.AllocationKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class YoungPersonRepository implements PanacheRepositoryBase<YoungPerson, UUID> {

    private static final Sort BY_NAME = Sort.by("familyName").and("givenName");

    public boolean localIdTaken(String localId) {
        return count("localId", localId) > 0;
    }

    PanacheQuery<YoungPerson> all() {
        return findAll(BY_NAME);
    }

    public PanacheQuery<YoungPerson> inTeams(Collection<UUID> teamIds) {
        return teamIds.isEmpty() ? find("1 = 0", BY_NAME) : find("teamId in ?1", BY_NAME, teamIds);
    }

    PanacheQuery<YoungPerson> allocatedTo(UUID staffId, List<AllocationKind> kinds) {
        return find("id in (select a.youngPersonId from Allocation a where a.staffId = :staff and a.kind in :kinds and a.endedOn is null)",
                BY_NAME, Parameters.with("staff", staffId).and("kinds", kinds));
    }

    /** Young people born in the window, i.e. of an age between two limits on some day. */
    List<YoungPerson> bornBetween(LocalDate earliest, LocalDate latest) {
        return list("dateOfBirth >= ?1 and dateOfBirth <= ?2", earliest, latest);
    }
}
