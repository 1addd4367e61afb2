package app.waypoint.pathwayreviews.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PlanActionTaskRepository implements PanacheRepositoryBase<PlanActionTask, UUID> {

    List<PlanActionTask> ofAction(UUID actionId) {
        return list("actionId", actionId);
    }
}
