package app.waypoint.people.visits;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PlannedVisitRepository implements PanacheRepositoryBase<PlannedVisit, UUID> {

    /** The young person's open planned visit, if any (there is at most one). */
    Optional<PlannedVisit> openFor(UUID youngPersonId) {
        return find("youngPersonId = ?1 and closedAt is null", youngPersonId).firstResultOptional();
    }

    List<PlannedVisit> allOpenFor(UUID youngPersonId) {
        return list("youngPersonId = ?1 and closedAt is null", youngPersonId);
    }
}
