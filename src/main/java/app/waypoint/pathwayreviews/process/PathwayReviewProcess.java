package app.waypoint.pathwayreviews.process;

/** Names shared with {@code bpmn/pathway-review.bpmn} and {@code bpmn/pathway-review-scan.bpmn}. */
public final class PathwayReviewProcess {

    public static final String KEY = "PathwayReviewProcess";

    static final String TASK_SCHEDULE_REVIEW = "Task_ScheduleReview";
    static final String TASK_VISIT_BEFORE_REVIEW = "Task_VisitBeforeReview";
    static final String TASK_RECORD_VIEWS = "Task_RecordViews";
    static final String TASK_HOLD_REVIEW = "Task_HoldReview";
    static final String TASK_UPDATE_PLAN = "Task_UpdatePathwayPlan";
    static final String TASK_SIGN_OFF_PLAN = "Task_SignOffPlan";
    static final String TASK_GIVE_COPY = "Task_GiveCopy";
    static final String TASK_SHARE_REVIEW_RECORD = "Task_ShareReviewRecord";

    public static final String VAR_YOUNG_PERSON_ID = "youngPersonId";
    public static final String VAR_TEAM_ID = "teamId";
    public static final String VAR_REVIEW_ID = "reviewId";
    /** The date the review is due by (ISO-8601 text), from its trigger. */
    public static final String VAR_REVIEW_DUE_ON = "reviewDueOn";
    static final String VAR_COUNCIL_PROVIDES_ACCOMMODATION = "councilProvidesAccommodation";
    static final String VAR_REVIEW_DATE = "reviewDate";
    static final String VAR_VIEWS = "views";
    static final String VAR_HELD_ON = "heldOn";
    static final String VAR_OVERSIGHT_NOTE = "oversightNote";
    static final String VAR_COPY_GIVEN_ON = "copyGivenOn";
    /** Whoever held the review: the share task's assignee. */
    static final String VAR_REVIEW_CHAIR = "reviewChair";
    static final String VAR_DISTRIBUTION_YOUNG_PERSON = "distributionYoungPerson";
    static final String VAR_DISTRIBUTION_ADVISER = "distributionAdviser";
    static final String VAR_DISTRIBUTION_MANAGER = "distributionManager";
    static final String VAR_SHARED_ON = "sharedOn";
    static final String VAR_SHARED_WITH_YOUNG_PERSON = "sharedWithYoungPerson";
    static final String VAR_SHARED_WITH_ADVISER = "sharedWithAdviser";
    static final String VAR_SHARED_WITH_MANAGER = "sharedWithManager";

    private PathwayReviewProcess() {
    }
}
