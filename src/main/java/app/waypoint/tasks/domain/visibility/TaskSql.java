package app.waypoint.tasks.domain.visibility;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * A query of open tasks as SQL on {@code waypoint.open_task} (alias {@code RES}): the tasklist's copy of the engine's open
 * tasks, with the engine's column names and whom each task is about and their team (V104, kept by the database). Plain SQL for
 * a page of tasklist rows and for counts, which never read the engine's task table; through the engine's native task query,
 * joined to its task table, where it must answer engine tasks. Visibility and filters are conditions with named parameters
 * ({@code #{name}}); the SQL text depends only on which conditions apply, never on how many young people or tasks a caller
 * has (README "Performance").
 */
public final class TaskSql {

    private static final String OPEN_TASKS = "waypoint.open_task RES";
    private static final Pattern PARAMETER = Pattern.compile("#\\{(\\w+)}");

    private final List<String> conditions = new ArrayList<>(List.of("RES.SUSPENSION_STATE_ = 1"));
    private final Map<String, Object> parameters = new HashMap<>();

    public TaskSql and(String condition) {
        conditions.add(condition);
        return this;
    }

    public TaskSql with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public long count(AgroalDataSource dataSource) {
        return counts(dataSource, List.of(this)).get(0);
    }

    /**
     * How many tasks each query matches, in one statement of one count per query ({@code union all}), in the order given: the
     * counts of a tray's filters. Plain SQL, as the engine counts only one query at a time.
     */
    public static List<Long> counts(AgroalDataSource dataSource, List<TaskSql> queries) {
        if (queries.isEmpty()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        List<String> selects = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            selects.add("select " + i + " as N, count(*) as C from " + OPEN_TASKS + " where " + queries.get(i).positional(values));
        }
        Long[] counts = new Long[queries.size()];
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(String.join(" union all ", selects))) {
            bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts[rows.getInt(1)] = rows.getLong(2);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The tasks of the filters could not be counted", e);
        }
        return List.of(counts);
    }

    /**
     * A page of the tasks in this order, and how many match in all, in one statement (the visibility is the costly part of
     * both, so it runs once, not once for the count and once for the page), with the columns a tasklist row shows and the
     * young person's name, read for the page's rows only: no further read through the engine's task query, whose dynamic SQL
     * cost a quarter of a tasklist request's CPU, none of the engine's task table, and no query of its own for the names
     * (README "Performance"). A page past the end finds no row to carry the total, so then the total is counted apart.
     */
    public Slice page(AgroalDataSource dataSource, String orderBy, int offset, int size) {
        List<Object> values = new ArrayList<>();
        String sql = "select P.*, " + TaskRow.YOUNG_PERSON_NAME + " from (select " + TaskRow.COLUMNS + ", count(*) over () as TOTAL_,"
                + " row_number() over (order by " + orderBy + ") as ROW_ from " + OPEN_TASKS + " where " + positional(values)
                + " order by " + orderBy + " limit ? offset ?) P" + TaskRow.joinYoungPerson("P") + " order by P.ROW_";
        values.add(size);
        values.add(offset);
        List<TaskRow> rows = new ArrayList<>();
        long total = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, values);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows.add(TaskRow.read(found));
                    total = found.getLong("TOTAL_");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The page of tasks could not be read", e);
        }
        return new Slice(rows, rows.isEmpty() && offset > 0 ? count(dataSource) : total);
    }

    /** The tasklist rows of these open tasks, by id, in one statement (no visibility check: for tasks already found visible). */
    public static Map<String, TaskRow> rows(AgroalDataSource dataSource, Collection<String> ids) {
        String sql = "select " + TaskRow.COLUMNS + ", " + TaskRow.YOUNG_PERSON_NAME + " from " + OPEN_TASKS + TaskRow.joinYoungPerson("RES")
                + " where RES.ID_ = any(?)";
        Map<String, TaskRow> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    TaskRow row = TaskRow.read(found);
                    rows.put(row.id(), row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The tasks could not be read", e);
        }
        return rows;
    }

    /** A page of tasks in order, and how many there are on every page together. */
    public record Slice(List<TaskRow> items, long total) {
    }

    private static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            statement.setObject(i + 1, value instanceof Date date ? new Timestamp(date.getTime()) : value);
        }
    }

    /** The conditions with each named parameter as {@code ?}, its value added to {@code values} in order. */
    private String positional(List<Object> values) {
        Matcher names = PARAMETER.matcher(where());
        StringBuilder sql = new StringBuilder();
        while (names.find()) {
            values.add(parameters.get(names.group(1)));
            names.appendReplacement(sql, "?");
        }
        names.appendTail(sql);
        return sql.toString();
    }

    public List<Task> list(TaskService tasks, String orderBy) {
        return query(tasks, select(orderBy)).list();
    }

    public Task single(TaskService tasks) {
        return query(tasks, select("RES.ID_")).singleResult();
    }

    /**
     * As {@link #single}, with the engine's row of the task locked until the transaction ends, in the same statement: someone
     * completing it at the same time waits for this transaction, then finds no row (the task is gone).
     */
    public Task singleLocked(TaskService tasks) {
        return query(tasks, select("RES.ID_") + " for update of T").singleResult();
    }

    /** The engine's task rows ({@code T.*}, which the native task query maps) of the open tasks that match. */
    private String select(String orderBy) {
        return "select T.* from " + OPEN_TASKS + " join ACT_RU_TASK T on T.ID_ = RES.ID_ where " + where() + " order by " + orderBy;
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
