package app.waypoint.escalations.domain;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Which escalation chain (process instance) watches which task (table escalation_chain, V30): one statement by primary key
 * each way, on the connection of the caller's transaction, so a chain is found without searching the engine's variables.
 */
@ApplicationScoped
class EscalationChainLinks {

    private static final String LINK = """
            insert into waypoint.escalation_chain (task_id, process_instance_id) values (?, ?)
            on conflict (task_id) do update set process_instance_id = excluded.process_instance_id""";
    private static final String UNLINK = "delete from waypoint.escalation_chain where task_id = ? returning process_instance_id";

    private final AgroalDataSource dataSource;

    EscalationChainLinks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void link(String taskId, String processInstanceId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(LINK)) {
            insert.setString(1, taskId);
            insert.setString(2, processInstanceId);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The escalation chain of task " + taskId + " could not be recorded", e);
        }
    }

    /** Forgets the task's chain and returns it, if it had one. */
    Optional<String> unlink(String taskId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(UNLINK)) {
            delete.setString(1, taskId);
            try (ResultSet chain = delete.executeQuery()) {
                return chain.next() ? Optional.of(chain.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The escalation chain of task " + taskId + " could not be read", e);
        }
    }
}
