package app.waypoint.supervision.domain.sessions;

import app.waypoint.supervision.domain.records.SupervisionActionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SupervisionActionRepository implements PanacheRepositoryBase<SupervisionAction, UUID> {

    /** The worker's open supervision actions agreed in sessions other than {@code exceptSession}, by due date. */
    List<SupervisionAction> openOfWorker(UUID workerId, UUID exceptSession) {
        return list("workerId = ?1 and status = ?2 and sessionId <> ?3", Sort.ascending("dueOn"), workerId,
                SupervisionActionStatus.OPEN, exceptSession);
    }

    List<SupervisionAction> openOfWorker(UUID workerId) {
        return list("workerId = ?1 and status = ?2", Sort.ascending("dueOn"), workerId, SupervisionActionStatus.OPEN);
    }

    /** The actions agreed in a session that are still open. */
    List<SupervisionAction> openOfSession(UUID sessionId) {
        return list("sessionId = ?1 and status = ?2", Sort.ascending("dueOn"), sessionId, SupervisionActionStatus.OPEN);
    }

    List<SupervisionAction> ofEntries(Collection<UUID> entryIds) {
        return entryIds.isEmpty() ? List.of() : list("oversightEntryId in ?1", Sort.ascending("dueOn"), entryIds);
    }
}
