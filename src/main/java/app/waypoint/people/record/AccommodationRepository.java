package app.waypoint.people.record;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class AccommodationRepository implements PanacheRepositoryBase<Accommodation, UUID> {

    /** The young person's accommodation history, latest start first. */
    List<Accommodation> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("startDate", "recordedAt"), youngPersonId);
    }
}
