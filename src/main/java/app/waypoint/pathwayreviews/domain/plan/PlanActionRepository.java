package app.waypoint.pathwayreviews.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PlanActionRepository implements PanacheRepositoryBase<PlanAction, UUID> {

    /** A plan version's actions, by heading and then in the order they were saved. */
    List<PlanAction> ofPlan(UUID planId) {
        return list("planId", Sort.by("heading").and("position"), planId);
    }

    void deleteOfPlan(UUID planId) {
        delete("planId", planId);
    }
}
