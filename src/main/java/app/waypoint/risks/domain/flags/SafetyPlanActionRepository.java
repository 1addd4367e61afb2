package app.waypoint.risks.domain.flags;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SafetyPlanActionRepository implements PanacheRepositoryBase<SafetyPlanAction, UUID> {

    /** The safety plan actions of these concerns, in the order they were agreed. */
    List<SafetyPlanAction> ofRisks(Collection<UUID> riskIds) {
        return riskIds.isEmpty() ? List.of() : list("riskId in ?1 order by addedAt, dueOn, id", riskIds);
    }

    /** The actions of this concern neither done nor ended. */
    List<SafetyPlanAction> openOf(UUID riskId) {
        return list("riskId = ?1 and doneAt is null and endedAt is null", riskId);
    }
}
