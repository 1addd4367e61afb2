package app.waypoint.tasks.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * A query of open tasks as SQL on the engine's task table (alias {@code RES}), run through the engine's native task query so
 * that it answers engine tasks. Visibility and filters are conditions with named parameters ({@code #{name}}); the SQL text
 * depends only on which conditions apply, never on how many young people or tasks a caller has (README "Performance").
 */
final class TaskSql {

    private final List<String> conditions = new ArrayList<>(List.of("RES.SUSPENSION_STATE_ = 1"));
    private final Map<String, Object> parameters = new HashMap<>();

    TaskSql and(String condition) {
        conditions.add(condition);
        return this;
    }

    TaskSql with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    long count(TaskService tasks) {
        return query(tasks, "select count(*) from ACT_RU_TASK RES where " + where()).count();
    }

    List<Task> list(TaskService tasks, String orderBy, int offset, int size) {
        return query(tasks, select(orderBy)).listPage(offset, size);
    }

    List<Task> list(TaskService tasks, String orderBy) {
        return query(tasks, select(orderBy)).list();
    }

    Task single(TaskService tasks) {
        return query(tasks, select("RES.ID_")).singleResult();
    }

    private String select(String orderBy) {
        return "select RES.* from ACT_RU_TASK RES where " + where() + " order by " + orderBy;
    }

    private String where() {
        return String.join(" and ", conditions);
    }

    private NativeTaskQuery query(TaskService tasks, String sql) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query;
    }
}
