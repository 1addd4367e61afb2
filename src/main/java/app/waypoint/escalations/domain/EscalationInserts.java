package app.waypoint.escalations.domain;

import app.waypoint.shared.PlainSql.SqlArray;
import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes a rung's escalation record and its recipients, once per chain and rung (the table's unique key decides, so two
 * replicas that run the same step never both raise it). Plain SQL in the step job's transaction: through Hibernate, the
 * count that checked for an earlier record, the persist and the flush before the notices' insert were a sixth of an
 * escalation's CPU in a burst (JFR, README "Performance"). Nothing in that transaction writes escalations through Hibernate.
 */
@ApplicationScoped
class EscalationInserts {

    private static final String INSERT = "insert into waypoint.escalation (id, chain_id, task_id, task_key, task_name, young_person_id, staff_id,"
            + " stage, due_at, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (chain_id, stage) do nothing";
    private static final String RECIPIENTS = "insert into waypoint.escalation_recipient (escalation_id, username) select ?, unnest(?)";

    private final PlainSql sql;

    EscalationInserts(PlainSql sql) {
        this.sql = sql;
    }

    /** Inserts the escalation (not persisted through Hibernate) with its recipients; false if its chain has raised this rung already. */
    boolean insertOnce(Escalation escalation) {
        int inserted = sql.update(INSERT, escalation.id, escalation.chainId, escalation.taskId, escalation.taskKey, escalation.taskName,
                escalation.youngPersonId, escalation.staffId, escalation.stage, escalation.dueAt, escalation.raisedAt);
        if (inserted == 0) {
            return false;
        }
        sql.update(RECIPIENTS, escalation.id, new SqlArray("varchar", escalation.recipients));
        return true;
    }
}
