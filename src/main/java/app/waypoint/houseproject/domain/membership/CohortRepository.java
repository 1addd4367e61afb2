package app.waypoint.houseproject.domain.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    /** Every cohort, the latest start first. */
    List<Cohort> newestFirst() {
        return listAll(Sort.descending("startsOn").and("name"));
    }
}
