package app.waypoint.escalations;

/** Names shared with {@code bpmn/task-escalation.bpmn}. */
final class TaskEscalationProcess {

    static final String KEY = "TaskEscalationProcess";
    static final String MSG_TASK_CLOSED = "Msg_TaskClosed";

    static final String VAR_TASK_ID = "taskId";
    static final String VAR_STAGE = "stage";
    static final String VAR_REMINDER_AT = "reminderAt";
    static final String VAR_OVERDUE_AT = "overdueAt";
    static final String VAR_SERVICE_MANAGER_AT = "serviceManagerAt";
    static final String VAR_HEAD_OF_SERVICE_AT = "headOfServiceAt";

    private TaskEscalationProcess() {
    }
}
