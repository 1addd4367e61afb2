package app.waypoint.disputes.process;

/** Names shared with {@code bpmn/iro-dispute.bpmn}. */
public final class IroDisputeProcess {

    public static final String KEY = "IroDisputeProcess";
    public static final String MSG_STAGE_SKIPPED = "Msg_StageSkipped";

    public static final String TASK_RESOLVE_INFORMALLY = "Task_ResolveInformally";
    public static final String TASK_JUDGE_INFORMAL_RESPONSE = "Task_JudgeInformalResponse";
    public static final String TASK_RESPOND = "Task_RespondToDispute";
    public static final String TASK_JUDGE_RESPONSE = "Task_JudgeResponse";
    static final String TASK_DECIDE_ON_CAFCASS = "Task_DecideOnCafcassReferral";

    public static final String VAR_DISPUTE_ID = "disputeId";
    public static final String VAR_IRO = "iro";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_INFORMAL_DUE = "informalDue";
    public static final String VAR_STAGE = "stage";
    static final String VAR_FORMAL_LIMIT_AT = "formalLimitAt";
    static final String VAR_RESPONDENT = "respondent";
    static final String VAR_RESPONSE_DUE = "responseDue";
    public static final String VAR_RESPONSE = "response";
    static final String VAR_JUDGEMENT_DUE = "judgementDue";
    public static final String VAR_SATISFIED = "satisfied";
    public static final String VAR_NEXT_STAGE = "nextStage";
    public static final String VAR_NOTE = "note";
    static final String VAR_STAGES_LEFT = "stagesLeft";
    static final String VAR_DECISION_DUE = "decisionDue";
    static final String VAR_REFER_TO_CAFCASS = "referToCafcass";
    static final String VAR_OUTCOME = "outcome";

    private IroDisputeProcess() {
    }
}
