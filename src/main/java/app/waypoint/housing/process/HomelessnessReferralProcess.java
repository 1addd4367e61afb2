package app.waypoint.housing.process;

/** Names shared with {@code bpmn/homelessness-referral.bpmn}. */
public final class HomelessnessReferralProcess {

    public static final String KEY = "HomelessnessReferralProcess";
    public static final String TASK_REFER = "Task_ReferToHousingAuthority";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordHousingOutcome";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_REFERRAL_ID = "referralId";
    /** The personal adviser, else the social worker, whose tasks these are (none: offered to the team's workers). */
    public static final String VAR_REFERRER = "referrer";
    /** When the referral is due (a date, the end of its day). */
    public static final String VAR_REFER_DUE = "referDue";
    /** Homeless, or threatened within 56 days ({@code HomelessnessReason}'s name); set at the start, confirmed on the task. */
    public static final String VAR_REASON = "reason";
    public static final String VAR_REFERRED_ON = "referredOn";
    public static final String VAR_HOUSING_AUTHORITY = "housingAuthority";
    /** The young person agrees to be referred (s213B(2)(a)). */
    public static final String VAR_CONSENT_TO_REFER = "consentToRefer";
    /** The young person agrees that the housing authority is given their contact details (s213B(2)(c)). */
    public static final String VAR_CONSENT_TO_SHARE_CONTACT = "consentToShareContact";
    /** Whether the referral was made (both consents given); set by the step that records it. */
    public static final String VAR_REFERRED = "referred";
    /** When the housing authority's outcome is due (a date); set by the step that records the referral. */
    public static final String VAR_OUTCOME_DUE = "outcomeDue";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_OUTCOME_ON = "outcomeOn";
    public static final String VAR_OUTCOME_NOTE = "outcomeNote";

    private HomelessnessReferralProcess() {
    }
}
