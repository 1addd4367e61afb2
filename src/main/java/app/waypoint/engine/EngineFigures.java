package app.waypoint.engine;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures about the engine's work for the operations metrics, each in one statement on the engine's tables (the engine's own
 * queries would load every task to count them).
 */
@ApplicationScoped
public class EngineFigures {

    private static final String OVERDUE_BY_STEP = """
            select d.KEY_, t.TASK_DEF_KEY_, count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
            where t.DUE_DATE_ < ? group by d.KEY_, t.TASK_DEF_KEY_""";

    private final AgroalDataSource dataSource;

    EngineFigures(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many open user tasks were due before {@code now}, by process definition key and task definition key. */
    public List<StepCount> overdueTasks(Instant now) {
        List<StepCount> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(OVERDUE_BY_STEP)) {
            select.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new StepCount(rows.getString(1), rows.getString(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The overdue tasks could not be counted", e);
        }
        return counts;
    }

    /** A count of something at one step ({@code stepKey}: the task definition key) of one process. */
    public record StepCount(String processKey, String stepKey, long count) {
    }
}
