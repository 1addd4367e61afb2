package app.waypoint.pathwayreviews;

/** Names shared with {@code bpmn/plan-action.bpmn}. */
final class PlanActionProcess {

    static final String KEY = "PlanActionProcess";
    static final String TASK_COMPLETE_ACTION = "Task_CompleteAction";

    static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    static final String VAR_TEAM_ID = "teamId";
    static final String VAR_ACTION_ID = "actionId";
    static final String VAR_ACTION_OWNER = "actionOwner";
    static final String VAR_ACTION_DESCRIPTION = "actionDescription";
    /** The action's due date (ISO-8601 text). */
    static final String VAR_ACTION_DUE_ON = "actionDueOn";

    private PlanActionProcess() {
    }
}
