package app.waypoint.supervision;

/** Names shared with {@code bpmn/supervision-action.bpmn}. */
final class SupervisionActionProcess {

    static final String KEY = "SupervisionActionProcess";
    static final String TASK_COMPLETE_ACTION = "Task_CompleteSupervisionAction";

    /** The next session re-dated the action: its task starts again, due on the new date. */
    static final String MSG_ACTION_REDATED = "Msg_SupervisionActionRedated";
    /** The next session closed the action: its task goes. */
    static final String MSG_ACTION_CLOSED = "Msg_SupervisionActionClosed";

    static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    static final String VAR_TEAM_ID = "teamId";
    static final String VAR_ACTION_ID = "actionId";
    static final String VAR_ACTION_OWNER = "actionOwner";
    static final String VAR_ACTION_DESCRIPTION = "actionDescription";
    /** What the owner says was done, from the task's form. */
    static final String VAR_ACTION_OUTCOME = "actionOutcome";

    private SupervisionActionProcess() {
    }
}
