package app.waypoint.transitions;

/** Names shared with {@code bpmn/leaving-care-transition.bpmn}. */
final class LeavingCareTransitionProcess {

    static final String KEY = "LeavingCareTransitionProcess";
    static final String MSG_CLOSURE_REQUESTED = "Msg_ClosureRequested";

    static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    static final String VAR_TEAM_ID = "teamId";
    static final String VAR_FOSTER_PLACEMENT = "fosterPlacement";
    static final String VAR_PERSONAL_ADVISER_USERNAME = "personalAdviserUsername";
    static final String VAR_CLOSURE_REASON = "closureReason";
    static final String VAR_CLOSURE_NOTE = "closureNote";

    private LeavingCareTransitionProcess() {
    }
}
