package app.waypoint.tasks.domain.task;

import app.waypoint.shared.PlainSql.SqlArray;
import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    private final PlainSql sql;

    TaskCandidates(PlainSql sql) {
        this.sql = sql;
    }

    /** Each task's candidate groups, by task id (a task offered to nobody is absent). */
    Map<String, List<String>> groups(Collection<String> taskIds) {
        return sql.list(CANDIDATE_GROUPS, row -> Map.entry(row.getString(1), row.getString(2)), new SqlArray("varchar", taskIds)).stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
