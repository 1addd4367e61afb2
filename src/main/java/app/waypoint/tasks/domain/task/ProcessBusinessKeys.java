package app.waypoint.tasks.domain.task;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The business keys of process instances (whom each is about), for a page of tasks in one statement on the engine's
 * executions: a plain read by primary key, where the engine's process instance query costs more in building its SQL than
 * the database does in answering it (README "Performance").
 */
@ApplicationScoped
class ProcessBusinessKeys {

    private static final String BUSINESS_KEYS = "select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ = any(?) and BUSINESS_KEY_ is not null";

    private final AgroalDataSource dataSource;

    ProcessBusinessKeys(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Each running process instance's business key, by instance id (one without a key, or ended, is absent). */
    Map<String, String> of(Collection<String> processInstanceIds) {
        Map<String, String> keys = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(BUSINESS_KEYS)) {
            select.setArray(1, connection.createArrayOf("varchar", processInstanceIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The processes of a page of tasks could not be read", e);
        }
        return keys;
    }
}
