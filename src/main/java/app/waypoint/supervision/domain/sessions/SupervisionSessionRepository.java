package app.waypoint.supervision.domain.sessions;

import app.waypoint.supervision.domain.records.SessionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SupervisionSessionRepository implements PanacheRepositoryBase<SupervisionSession, UUID> {

    /** A worker's sessions, newest first. */
    List<SupervisionSession> ofWorker(UUID workerId) {
        return list("workerId", Sort.descending("scheduledFor"), workerId);
    }

    Optional<SupervisionSession> booked(UUID workerId) {
        return find("workerId = ?1 and status = ?2", workerId, SessionStatus.BOOKED).firstResultOptional();
    }

    /** The last session held (recorded, signed off or not). */
    Optional<SupervisionSession> lastHeld(UUID workerId) {
        return find("workerId = ?1 and status <> ?2", Sort.descending("heldOn"), workerId, SessionStatus.BOOKED).firstResultOptional();
    }

    Optional<SupervisionSession> ofWorker(UUID workerId, UUID sessionId) {
        return find("id = ?1 and workerId = ?2", sessionId, workerId).firstResultOptional();
    }

    Optional<SupervisionSession> ofProcess(String processInstanceId) {
        return find("processInstanceId", processInstanceId).firstResultOptional();
    }
}
