package app.waypoint.risks.domain.flags;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RiskEventRepository implements PanacheRepositoryBase<RiskEvent, UUID> {

    /** The records of these concerns, oldest first. */
    List<RiskEvent> ofRisks(Collection<UUID> riskIds) {
        return riskIds.isEmpty() ? List.of() : list("riskId in ?1 order by at, id", riskIds);
    }
}
