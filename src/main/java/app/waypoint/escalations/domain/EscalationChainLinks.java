package app.waypoint.escalations.domain;

import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Which escalation chain watches which task (table escalation_chain, V30, V88): the timer job of the chain's next step, or
 * for a chain started before V88, its {@code TaskEscalationProcess} instance. One statement by primary key each way, on the
 * connection of the caller's transaction, so a chain is found without searching the engine's tables.
 */
@ApplicationScoped
class EscalationChainLinks {

    private static final String LINK = """
            insert into waypoint.escalation_chain (task_id, job_id) values (?, ?)
            on conflict (task_id) do update set job_id = excluded.job_id, process_instance_id = null""";
    private static final String UNLINK = "delete from waypoint.escalation_chain where task_id = ? returning job_id, process_instance_id";
    private static final String MOVE_ON = "update waypoint.escalation_chain set job_id = ? where task_id = ? and job_id = ?";
    private static final String FINISH = "delete from waypoint.escalation_chain where task_id = ? and job_id = ?";

    /** A task's chain: the job of its next step, or (a chain started before V88) its process instance. */
    record Chain(String jobId, String processInstanceId) {
    }

    private final PlainSql sql;

    EscalationChainLinks(PlainSql sql) {
        this.sql = sql;
    }

    /** Records the job of a new chain's first step as the task's chain. */
    void link(String taskId, String jobId) {
        sql.update(LINK, taskId, jobId);
    }

    /** Forgets the task's chain and returns it, if it had one. */
    Optional<Chain> unlink(String taskId) {
        return sql.first(UNLINK, chain -> new Chain(chain.getString(1), chain.getString(2)), taskId);
    }

    /**
     * A step has fired: the task's chain moves on from its job to the next step's job, or ends ({@code nextJobId} null).
     * False when the job is no longer the task's chain (stopped or replaced while the step waited to run): the row is
     * locked until the transaction ends, so a stop and a step never both win.
     */
    boolean moveOn(String taskId, String jobId, String nextJobId) {
        return nextJobId == null ? sql.update(FINISH, taskId, jobId) == 1 : sql.update(MOVE_ON, nextJobId, taskId, jobId) == 1;
    }
}
