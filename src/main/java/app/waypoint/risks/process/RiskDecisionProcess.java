package app.waypoint.risks.process;

/** Names shared with {@code bpmn/risk-decision.bpmn}. */
public final class RiskDecisionProcess {

    public static final String KEY = "RiskDecisionProcess";
    public static final String TASK_DECIDE = "Task_DecideOnConcern";
    public static final String TASK_REVIEW = "Task_ReviewSafetyPlan";
    static final String TASK_CONFIRM_REVIEW = "Task_RecordReview";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_RISK_ID = "riskId";
    /** The concern in words (kind and day seen), for the tasks' descriptions. */
    public static final String VAR_CONCERN = "concern";
    /** The end of the day the decision is due (a date). */
    public static final String VAR_DECISION_DUE = "decisionDue";
    /** Whether the risk is (still) active after the decision or the review. */
    public static final String VAR_RISK_ACTIVE = "riskActive";
    /** The start of the day the safety plan is reviewed (a date): when the review task appears. */
    public static final String VAR_REVIEW_AT = "reviewAt";
    /** The end of that day (a date): when the review task is due. */
    public static final String VAR_REVIEW_DUE = "reviewDue";

    private RiskDecisionProcess() {
    }
}
