package app.waypoint.escalations.process;

/**
 * Names shared with the escalation chains: the job handler type of a chain's step ({@link EscalationStepJobHandler}), and
 * the names of {@code bpmn/task-escalation.bpmn}, the model of the chains started before V88, kept deployed so that they
 * run to their end.
 */
public final class TaskEscalationProcess {

    public static final String KEY = "TaskEscalationProcess";
    public static final String MSG_TASK_CLOSED = "Msg_TaskClosed";
    /** The job handler type of a chain's next step: one timer job per running chain. */
    public static final String STEP_JOB = "escalation-step";

    static final String VAR_TASK_ID = "taskId";
    static final String VAR_STAGE = "stage";

    private TaskEscalationProcess() {
    }
}
