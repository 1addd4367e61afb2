package app.waypoint.tasks.domain.task;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate groups tasks are offered to (roles such as {@code worker} and their team-scoped forms such as {@code worker:<team>}),
 * for a page of tasks in one statement on the engine's identity links (the engine only answers them task by task).
 */
@ApplicationScoped
class TaskCandidates {

    private static final String CANDIDATE_GROUPS = """
            select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK
            where TASK_ID_ = any(?) and TYPE_ = 'candidate' and GROUP_ID_ is not null
            order by TASK_ID_, ID_""";

    private final AgroalDataSource dataSource;

    TaskCandidates(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Each task's candidate groups, by task id (a task offered to nobody is absent). */
    Map<String, List<String>> groups(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(CANDIDATE_GROUPS)) {
            select.setArray(1, connection.createArrayOf("varchar", taskIds.toArray()));
            try (ResultSet links = select.executeQuery()) {
                while (links.next()) {
                    groups.computeIfAbsent(links.getString(1), task -> new ArrayList<>()).add(links.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The candidate groups of tasks could not be read", e);
        }
        return groups;
    }
}
