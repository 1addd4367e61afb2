package app.waypoint.escalations.process;

/** Names shared with {@code bpmn/task-escalation.bpmn}. */
public final class TaskEscalationProcess {

    public static final String KEY = "TaskEscalationProcess";
    public static final String MSG_TASK_CLOSED = "Msg_TaskClosed";

    public static final String VAR_TASK_ID = "taskId";
    static final String VAR_STAGE = "stage";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_OVERDUE_AT = "overdueAt";
    public static final String VAR_SERVICE_MANAGER_AT = "serviceManagerAt";
    public static final String VAR_HEAD_OF_SERVICE_AT = "headOfServiceAt";

    private TaskEscalationProcess() {
    }
}
