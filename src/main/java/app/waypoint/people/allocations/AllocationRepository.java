package app.waypoint.people.allocations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class AllocationRepository implements PanacheRepositoryBase<Allocation, UUID> {

    Optional<Allocation> current(UUID youngPersonId, AllocationKind kind) {
        return find("youngPersonId = ?1 and kind = ?2 and endedOn is null", youngPersonId, kind).firstResultOptional();
    }

    List<Allocation> currentFor(UUID youngPersonId) {
        return list("youngPersonId = ?1 and endedOn is null", Sort.by("kind"), youngPersonId);
    }

    List<Allocation> history(UUID youngPersonId) {
        return list("youngPersonId", Sort.by("startedOn").and("kind"), youngPersonId);
    }

    boolean isCurrentlyAllocated(UUID youngPersonId, UUID staffId, List<AllocationKind> kinds) {
        return count("youngPersonId = ?1 and staffId = ?2 and kind in ?3 and endedOn is null", youngPersonId, staffId, kinds) > 0;
    }

    List<UUID> youngPeopleOf(UUID staffId, List<AllocationKind> kinds) {
        return find("staffId = ?1 and kind in ?2 and endedOn is null", staffId, kinds).project(YoungPersonId.class).list()
                .stream().map(YoungPersonId::youngPersonId).toList();
    }

    record YoungPersonId(UUID youngPersonId) {
    }
}
