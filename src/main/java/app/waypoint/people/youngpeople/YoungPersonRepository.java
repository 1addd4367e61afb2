package app.waypoint.people.youngpeople;

import app.waypoint.people.allocations.AllocationKind;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
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

    /**
     * Up to {@code size} young people matching the condition (its parameters numbered from ?1), by id, after the one whose id is
     * {@code after} (from the first when null): a batch of a scan that reads them all, a batch at a time.
     */
    List<YoungPerson> batchAfter(UUID after, int size, String condition, Object... parameters) {
        if (after == null) {
            return find(condition, Sort.by("id"), parameters).page(0, size).list();
        }
        Object[] withAfter = Arrays.copyOf(parameters, parameters.length + 1);
        withAfter[parameters.length] = after;
        return find("(" + condition + ") and id > ?" + withAfter.length, Sort.by("id"), withAfter).page(0, size).list();
    }
}
