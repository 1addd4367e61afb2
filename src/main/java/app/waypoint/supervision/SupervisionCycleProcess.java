package app.waypoint.supervision;

/** Names shared with {@code bpmn/supervision-cycle.bpmn}. */
final class SupervisionCycleProcess {

    static final String KEY = "SupervisionCycleProcess";

    static final String TASK_HOLD_SESSION = "Task_HoldSession";
    static final String TASK_SIGN_OFF_AS_WORKER = "Task_SignOffAsWorker";
    static final String TASK_SIGN_OFF_AS_SUPERVISOR = "Task_SignOffAsSupervisor";

    static final String VAR_SESSION_ID = "sessionId";
    static final String VAR_WORKER_ID = "workerId";
    static final String VAR_TEAM_ID = "teamId";
    /** The worker's username: they sign off as the worker. */
    static final String VAR_WORKER = "worker";
    /** The supervisor's username: they hold the session and sign off as the supervisor. */
    static final String VAR_SUPERVISOR = "supervisor";
    /** Which signature a "Record … signature" step records: {@code WORKER} or {@code SUPERVISOR} (an input parameter). */
    static final String VAR_SIGNED_AS = "signedAs";

    private SupervisionCycleProcess() {
    }
}
