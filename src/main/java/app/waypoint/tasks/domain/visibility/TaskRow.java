package app.waypoint.tasks.domain.visibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.task.Task;

/**
 * An open task as a tasklist shows it: the columns of the engine's task row that a page needs, read in the page's own
 * statement ({@link TaskSql#page}) from the tasklist's copy of the open tasks rather than through the engine's task query, or
 * taken from an engine task.
 */
public record TaskRow(String id, String name, String taskDefinitionKey, String processDefinitionId, String processInstanceId,
                      String assignee, Instant created, Instant due, Instant followUp, int priority) {

    /** The columns {@link #read} expects, in order, on {@code waypoint.open_task} (the engine's column names) as {@code RES}. */
    static final String COLUMNS = "RES.ID_, RES.NAME_, RES.TASK_DEF_KEY_, RES.PROC_DEF_ID_, RES.PROC_INST_ID_, RES.ASSIGNEE_,"
            + " RES.CREATE_TIME_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.PRIORITY_";

    public static TaskRow of(Task task) {
        return new TaskRow(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
                task.getProcessInstanceId(), task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()),
                instant(task.getFollowUpDate()), task.getPriority());
    }

    static TaskRow read(ResultSet row) throws SQLException {
        return new TaskRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                instant(row.getTimestamp(7)), instant(row.getTimestamp(8)), instant(row.getTimestamp(9)), row.getInt(10));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
