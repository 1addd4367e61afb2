package app.waypoint.tasks.domain.visibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * An open task as a tasklist shows it: the columns of the tasklist's copy of the task that a row needs, with whom it is about
 * and the young person's name, read in the page's own statement ({@link TaskSql#page}, {@link TaskSql#rows}) rather than
 * through the engine's task query and a query each for the processes' business keys and the young people's names.
 */
public record TaskRow(String id, String name, String taskDefinitionKey, String processDefinitionId, String processInstanceId,
                      String assignee, Instant created, Instant due, Instant followUp, int priority, UUID youngPersonId, UUID staffId,
                      String youngPersonName) {

    /** The task's columns {@link #read} expects, on {@code waypoint.open_task} (the engine's column names) as {@code RES}. */
    static final String COLUMNS = "RES.ID_, RES.NAME_, RES.TASK_DEF_KEY_, RES.PROC_DEF_ID_, RES.PROC_INST_ID_, RES.ASSIGNEE_,"
            + " RES.CREATE_TIME_, RES.DUE_DATE_, RES.FOLLOW_UP_DATE_, RES.PRIORITY_, RES.YOUNG_PERSON_ID, RES.STAFF_ID";

    /** The young person's name {@link #read} expects, from {@link #joinYoungPerson} as {@code YP}. */
    static final String YOUNG_PERSON_NAME = "YP.GIVEN_NAME || ' ' || YP.FAMILY_NAME as YOUNG_PERSON_NAME_";

    /** The young person a row of {@code rows} (alias) is about, if any, for {@link #YOUNG_PERSON_NAME}. */
    static String joinYoungPerson(String rows) {
        return " left join waypoint.young_person YP on YP.ID = " + rows + ".YOUNG_PERSON_ID";
    }

    static TaskRow read(ResultSet row) throws SQLException {
        return new TaskRow(row.getString("ID_"), row.getString("NAME_"), row.getString("TASK_DEF_KEY_"), row.getString("PROC_DEF_ID_"),
                row.getString("PROC_INST_ID_"), row.getString("ASSIGNEE_"), instant(row.getTimestamp("CREATE_TIME_")),
                instant(row.getTimestamp("DUE_DATE_")), instant(row.getTimestamp("FOLLOW_UP_DATE_")), row.getInt("PRIORITY_"),
                row.getObject("YOUNG_PERSON_ID", UUID.class), row.getObject("STAFF_ID", UUID.class), row.getString("YOUNG_PERSON_NAME_"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
