package app.waypoint.pathwayreviews.process;

/** Names shared with {@code bpmn/plan-action.bpmn}. */
public final class PlanActionProcess {

    public static final String KEY = "PlanActionProcess";
    static final String TASK_COMPLETE_ACTION = "Task_CompleteAction";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_ACTION_ID = "actionId";
    public static final String VAR_ACTION_OWNER = "actionOwner";
    public static final String VAR_ACTION_DESCRIPTION = "actionDescription";
    /** The action's due date (ISO-8601 text). */
    public static final String VAR_ACTION_DUE_ON = "actionDueOn";

    private PlanActionProcess() {
    }
}
