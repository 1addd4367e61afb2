package app.waypoint.pathwayreviews.domain.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SignificantChangeRepository implements PanacheRepositoryBase<SignificantChange, UUID> {

    /** Every significant change recorded for the young person, latest recorded first. */
    List<SignificantChange> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("recordedAt"), youngPersonId);
    }
}
