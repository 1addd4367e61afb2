package app.waypoint.escalations.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How far up the overdue chain open tasks have gone, for a page of tasks in one query: each task's latest open escalation. */
@ApplicationScoped
public class OverdueRungs {

    /** The rung a task reached and when it was raised. */
    public record Rung(EscalationStage stage, Instant raisedAt) {
    }

    private final EntityManager entities;

    OverdueRungs(EntityManager entities) {
        this.entities = entities;
    }

    /** Each task's highest open rung, by task id (a task never escalated, or whose escalations are resolved, is absent). */
    @Transactional
    public Map<String, Rung> latest(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entities.createQuery("select e.taskId, e.stage, e.raisedAt from Escalation e"
                        + " where e.taskId in :ids and e.raisedAt is not null and e.resolvedAt is null order by e.raisedAt", Object[].class)
                .setParameter("ids", taskIds).getResultList();
        Map<String, Rung> rungs = new HashMap<>();
        for (Object[] row : rows) {
            rungs.put((String) row[0], new Rung((EscalationStage) row[1], (Instant) row[2]));
        }
        return rungs;
    }
}
