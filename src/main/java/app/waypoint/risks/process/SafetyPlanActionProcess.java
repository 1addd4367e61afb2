package app.waypoint.risks.process;

/** Names shared with {@code bpmn/safety-plan-action.bpmn}. */
public final class SafetyPlanActionProcess {

    public static final String KEY = "SafetyPlanActionProcess";
    public static final String TASK_COMPLETE_ACTION = "Task_CompleteSafetyPlanAction";
    /** Ends an action still open when its risk is closed. */
    public static final String MSG_RISK_CLOSED = "Msg_RiskClosed";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_ACTION_ID = "actionId";
    public static final String VAR_ACTION_OWNER = "actionOwner";
    public static final String VAR_ACTION_DESCRIPTION = "actionDescription";
    /** The end of the action's due day (a date). */
    public static final String VAR_ACTION_DUE = "actionDue";
    /** What was done (the task's form field). */
    public static final String VAR_ACTION_OUTCOME = "actionOutcome";

    private SafetyPlanActionProcess() {
    }
}
