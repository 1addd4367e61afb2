package app.waypoint.supervision.process;

/** Names shared with {@code bpmn/supervision-cycle.bpmn}. */
public final class SupervisionCycleProcess {

    public static final String KEY = "SupervisionCycleProcess";

    public static final String TASK_HOLD_SESSION = "Task_HoldSession";
    public static final String TASK_SIGN_OFF_AS_WORKER = "Task_SignOffAsWorker";
    public static final String TASK_SIGN_OFF_AS_SUPERVISOR = "Task_SignOffAsSupervisor";

    public static final String VAR_SESSION_ID = "sessionId";
    public static final String VAR_WORKER_ID = "workerId";
    public static final String VAR_TEAM_ID = "teamId";
    /** The worker's username: they sign off as the worker. */
    public static final String VAR_WORKER = "worker";
    /** The supervisor's username: they hold the session and sign off as the supervisor. */
    public static final String VAR_SUPERVISOR = "supervisor";
    /** Which signature a "Record … signature" step records: {@code WORKER} or {@code SUPERVISOR} (an input parameter). */
    static final String VAR_SIGNED_AS = "signedAs";

    private SupervisionCycleProcess() {
    }
}
