package app.waypoint.escalations.process;

/** Names shared with {@code bpmn/task-escalation.bpmn}. */
public final class TaskEscalationProcess {

    public static final String KEY = "TaskEscalationProcess";
    public static final String MSG_TASK_CLOSED = "Msg_TaskClosed";

    public static final String VAR_TASK_ID = "taskId";
    static final String VAR_STAGE = "stage";
    /** When each step fires, as one text (EscalationPolicy.Timetable#text), read by the timers through chainTimetable. */
    public static final String VAR_TIMETABLE = "timetable";

    private TaskEscalationProcess() {
    }
}
