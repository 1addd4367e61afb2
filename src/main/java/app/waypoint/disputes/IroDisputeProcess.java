package app.waypoint.disputes;

/** Names shared with {@code bpmn/iro-dispute.bpmn}. */
final class IroDisputeProcess {

    static final String KEY = "IroDisputeProcess";
    static final String MSG_STAGE_SKIPPED = "Msg_StageSkipped";

    static final String TASK_RESOLVE_INFORMALLY = "Task_ResolveInformally";
    static final String TASK_JUDGE_INFORMAL_RESPONSE = "Task_JudgeInformalResponse";
    static final String TASK_RESPOND = "Task_RespondToDispute";
    static final String TASK_JUDGE_RESPONSE = "Task_JudgeResponse";
    static final String TASK_DECIDE_ON_CAFCASS = "Task_DecideOnCafcassReferral";

    static final String VAR_DISPUTE_ID = "disputeId";
    static final String VAR_IRO = "iro";
    static final String VAR_TEAM_ID = "teamId";
    static final String VAR_INFORMAL_DUE = "informalDue";
    static final String VAR_STAGE = "stage";
    static final String VAR_FORMAL_LIMIT_AT = "formalLimitAt";
    static final String VAR_RESPONDENT = "respondent";
    static final String VAR_RESPONSE_DUE = "responseDue";
    static final String VAR_RESPONSE = "response";
    static final String VAR_JUDGEMENT_DUE = "judgementDue";
    static final String VAR_SATISFIED = "satisfied";
    static final String VAR_NEXT_STAGE = "nextStage";
    static final String VAR_NOTE = "note";
    static final String VAR_STAGES_LEFT = "stagesLeft";
    static final String VAR_DECISION_DUE = "decisionDue";
    static final String VAR_REFER_TO_CAFCASS = "referToCafcass";
    static final String VAR_OUTCOME = "outcome";

    private IroDisputeProcess() {
    }
}
