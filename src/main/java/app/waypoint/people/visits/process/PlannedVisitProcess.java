package app.waypoint.people.visits.process;

/** Names shared with {@code bpmn/planned-visit.bpmn}. */
public final class PlannedVisitProcess {

    public static final String KEY = "PlannedVisitProcess";
    public static final String TASK_MAKE_VISIT = "Task_MakeVisit";
    public static final String MSG_VISIT_RECORDED = "Msg_VisitRecorded";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_VISIT_ID = "visitId";
    /** The username of the worker who booked the visit, whose task it is. */
    public static final String VAR_VISITOR = "visitor";
    /** The visit's kind and day in words, for the task's description. */
    public static final String VAR_VISIT_DESCRIPTION = "visitDescription";
    /** The end of the visit's day (a date), when the task is due. */
    public static final String VAR_VISIT_DUE = "visitDue";
    /** Why the worker closed the visit's task by hand, without a visit recorded (the task's form field). */
    public static final String VAR_NOT_VISITED_BECAUSE = "notVisitedBecause";

    private PlannedVisitProcess() {
    }
}
