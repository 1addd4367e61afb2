package app.waypoint.contacttimetable.process;

/** Names shared with {@code bpmn/contact-timetable.bpmn} and {@code bpmn/contact-timetable-scan.bpmn}. */
public final class ContactTimetableProcess {

    public static final String KEY = "ContactTimetableProcess";
    public static final String SCAN_KEY = "ContactTimetableScanProcess";
    public static final String TASK_VISIT = "Task_Visit";
    public static final String TASK_KEEP_IN_TOUCH = "Task_KeepInTouch";
    /** A matching contact was recorded: the due task closes and the next is worked out. */
    public static final String MSG_CONTACT_MADE = "Msg_ContactMade";
    /** A move, or the duty to be checked again: the due task is replaced by one worked out afresh (or the timetable ends). */
    public static final String MSG_CIRCUMSTANCES_CHANGED = "Msg_CircumstancesChanged";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_DUTY_CONTINUES = "dutyContinues";
    public static final String VAR_VISIT_DUE = "visitDue";
    public static final String VAR_CONTACT_DUE = "contactDue";
    /** The username of the personal adviser, else the social worker; none offers the task to the team's workers. */
    public static final String VAR_CONTACT_HOLDER = "contactHolder";
    public static final String VAR_CONTACT_DESCRIPTION = "contactDescription";
    /** Why the worker closed the due contact by hand, without a matching contact (the task's form field). */
    public static final String VAR_CLOSED_WITHOUT_CONTACT_BECAUSE = "closedWithoutContactBecause";

    /** The pathway review's pre-review visit, whose completion counts as a visit made (its form field {@code visitedOn}). */
    static final String PRE_REVIEW_VISIT_DATE = "visitedOn";

    private ContactTimetableProcess() {
    }
}
