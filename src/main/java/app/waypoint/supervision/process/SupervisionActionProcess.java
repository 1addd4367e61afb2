package app.waypoint.supervision.process;

/** Names shared with {@code bpmn/supervision-action.bpmn}. */
public final class SupervisionActionProcess {

    public static final String KEY = "SupervisionActionProcess";
    static final String TASK_COMPLETE_ACTION = "Task_CompleteSupervisionAction";

    /** The next session re-dated the action: its task starts again, due on the new date. */
    public static final String MSG_ACTION_REDATED = "Msg_SupervisionActionRedated";
    /** The next session closed the action: its task goes. */
    public static final String MSG_ACTION_CLOSED = "Msg_SupervisionActionClosed";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_ACTION_ID = "actionId";
    public static final String VAR_ACTION_OWNER = "actionOwner";
    public static final String VAR_ACTION_DESCRIPTION = "actionDescription";
    /** What the owner says was done, from the task's form. */
    static final String VAR_ACTION_OUTCOME = "actionOutcome";

    private SupervisionActionProcess() {
    }
}
