package app.waypoint.intouch.process;

/** Names shared with {@code bpmn/lost-touch.bpmn} (and the nightly check in the same file's collaboration). */
public final class LostTouchProcess {

    public static final String KEY = "LostTouchProcess";
    public static final String SCAN_KEY = "LostTouchScanProcess";
    public static final String TASK_RE_ENGAGEMENT_PLAN = "Task_ReEngagementPlan";
    public static final String TASK_TRY_AGAIN = "Task_TryAgain";
    /** A contact made: interrupts wherever the process is and restores "in touch". */
    public static final String MSG_CONTACT_MADE = "Msg_ContactMade";
    /** A manager recorded the decision "not in touch": the worker is told, and the trying goes on. */
    public static final String MSG_NOT_IN_TOUCH_DECIDED = "Msg_NotInTouchDecided";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    /** Why the young person is possibly not in touch, in words (attempts or days). */
    public static final String VAR_FLAGGED_BECAUSE = "flaggedBecause";
    /** The end of the day the re-engagement plan is due (a date). */
    public static final String VAR_PLAN_DUE = "planDue";
    /** How long to wait before asking the worker to try again (ISO-8601 duration, e.g. P28D). */
    public static final String VAR_TRY_AGAIN_INTERVAL = "tryAgainInterval";
    /** The re-engagement plan's checklist (task form fields, yes or no) and notes. */
    public static final String VAR_TRIED_KNOWN_CONTACTS = "triedKnownContacts";
    public static final String VAR_TRIED_FRIENDS = "triedFriends";
    public static final String VAR_TRIED_HOUSING = "triedHousing";
    public static final String VAR_TRIED_EDUCATION = "triedEducation";
    public static final String VAR_POLICE_MISSING_ROUTE = "policeMissingRoute";
    public static final String VAR_PLAN_NOTES = "planNotes";

    private LostTouchProcess() {
    }
}
