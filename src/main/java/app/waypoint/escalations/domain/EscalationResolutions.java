package app.waypoint.escalations.domain;

import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Resolves a closed task's escalation records, in plain SQL on the connection of the transaction that closes the task. Every
 * completion does this; as a Hibernate bulk update it was built afresh each time, 8 % of a completion's CPU (JFR, README
 * "Performance"). Escalation records are written only by a chain's step, in the step job's own transaction, never in one that
 * closes their task, so there is nothing unflushed for this statement to miss.
 */
@ApplicationScoped
class EscalationResolutions {

    private static final String RESOLVE_ALL = "update waypoint.escalation set resolved_at = ? where task_id = ? and resolved_at is null";

    private final PlainSql sql;

    EscalationResolutions(PlainSql sql) {
        this.sql = sql;
    }

    /** Marks the task's unresolved escalations resolved at this instant. */
    void resolveAll(String taskId, Instant at) {
        sql.update(RESOLVE_ALL, at, taskId);
    }
}
