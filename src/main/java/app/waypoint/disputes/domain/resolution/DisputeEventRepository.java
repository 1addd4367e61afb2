package app.waypoint.disputes.domain.resolution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class DisputeEventRepository implements PanacheRepositoryBase<DisputeEvent, Long> {

    List<DisputeEvent> history(UUID disputeId) {
        return list("disputeId", Sort.ascending("at", "id"), disputeId);
    }

    /** Whether the person took a step of the dispute (raised, answered, judged...). */
    boolean tookPart(UUID disputeId, String username) {
        return count("disputeId = ?1 and by = ?2", disputeId, username) > 0;
    }
}
