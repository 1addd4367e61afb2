package app.waypoint.people.record;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class FlagChangeRepository implements PanacheRepositoryBase<FlagChange, UUID> {

    /** Every flag change of the young person, latest first. */
    List<FlagChange> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("effectiveOn", "recordedAt"), youngPersonId);
    }
}
