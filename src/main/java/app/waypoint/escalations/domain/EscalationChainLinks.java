package app.waypoint.escalations.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    private final AgroalDataSource dataSource;

    EscalationChainLinks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the job of a new chain's first step as the task's chain. */
    void link(String taskId, String jobId) {
        update(LINK, taskId, "recorded", taskId, jobId);
    }

    /** Forgets the task's chain and returns it, if it had one. */
    Optional<Chain> unlink(String taskId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(UNLINK)) {
            delete.setString(1, taskId);
            try (ResultSet chain = delete.executeQuery()) {
                return chain.next() ? Optional.of(new Chain(chain.getString(1), chain.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The escalation chain of task " + taskId + " could not be read", e);
        }
    }

    /**
     * A step has fired: the task's chain moves on from its job to the next step's job, or ends ({@code nextJobId} null).
     * False when the job is no longer the task's chain (stopped or replaced while the step waited to run): the row is
     * locked until the transaction ends, so a stop and a step never both win.
     */
    boolean moveOn(String taskId, String jobId, String nextJobId) {
        return nextJobId == null ? update(FINISH, taskId, "ended", taskId, jobId) == 1
                : update(MOVE_ON, taskId, "moved on", nextJobId, taskId, jobId) == 1;
    }

    private int update(String sql, String taskId, String what, String... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The escalation chain of task " + taskId + " could not be " + what, e);
        }
    }
}
