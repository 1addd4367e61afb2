package app.waypoint.houseproject.process;

/** Names shared with {@code bpmn/house-project-move.bpmn}. */
public final class HouseProjectMoveProcess {

    public static final String KEY = "HouseProjectMoveProcess";

    public static final String TASK_RECORD_APPLICATION = "Task_RecordApplication";
    static final String TASK_HOLD_INTERVIEW = "Task_HoldInterview";
    static final String TASK_OFFER_PLACE = "Task_OfferPlace";
    public static final String TASK_RECORD_SESSION = "Task_RecordSession";
    public static final String TASK_DECIDE_READINESS = "Task_DecideReadiness";
    public static final String TASK_IDENTIFY_PROPERTY = "Task_IdentifyProperty";
    public static final String TASK_ASSESS_SUITABILITY = "Task_AssessSuitability";
    public static final String TASK_SET_UP_HOME = "Task_SetUpHome";
    public static final String TASK_CONFIRM_MOVE_IN = "Task_ConfirmMoveIn";
    public static final String TASK_VISIT_NEW_HOME = "Task_VisitNewHome";
    static final String TASK_CHECK_TENANCY = "Task_CheckTenancy";

    public static final String MSG_LEFT_PROGRAMME = "Msg_LeftProgramme";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_MEMBERSHIP_ID = "membershipId";
    public static final String VAR_REFERRED_BY = "referredBy";
    static final String VAR_PLACE_OFFERED = "placeOffered";
    static final String VAR_INTERVIEW_NOTE = "interviewNote";
    static final String VAR_COHORT_ID = "cohortId";
    /** Who leads the cohort and records its weekly sessions. */
    static final String VAR_COHORT_LEAD = "cohortLead";
    /** The day of the next weekly session (ISO-8601 text). */
    static final String VAR_NEXT_SESSION_ON = "nextSessionOn";
    static final String VAR_SESSION_ON = "sessionOn";
    static final String VAR_ATTENDED = "attended";
    static final String VAR_SESSION_NOTE = "sessionNote";
    static final String VAR_READINESS_NOTE = "readinessNote";
    static final String VAR_PROPERTY_ADDRESS = "propertyAddress";
    static final String VAR_HOUSING_PROVIDER = "housingProvider";
    static final String VAR_SUITABLE = "suitable";
    static final String VAR_RATIONALE = "rationale";
    public static final String VAR_SETTING_UP_SPENT = "settingUpSpent";
    static final String VAR_SETTING_UP_NOTE = "settingUpNote";
    public static final String VAR_TENANCY_TYPE = "tenancyType";
    static final String VAR_TENANCY_STARTS_ON = "tenancyStartsOn";
    public static final String VAR_MOVED_IN_ON = "movedInOn";
    /** How many tenancy sustainment checks are done (0 before the first). */
    static final String VAR_CHECKS_DONE = "checksDone";
    static final String VAR_MORE_CHECKS = "moreChecks";
    static final String VAR_TENANCY_HELD = "tenancyHeld";
    static final String VAR_CHECK_NOTE = "checkNote";
    public static final String VAR_LEAVING_REASON = "leavingReason";
    public static final String VAR_LEFT_BY = "leftBy";

    private HouseProjectMoveProcess() {
    }
}
