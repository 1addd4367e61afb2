package app.waypoint.pathwayreviews.domain.triggers;

/** What calls for a pathway review (domain notes §2b, triggers). */
public enum ReviewTriggerKind {
    /** No plan goes more than 6 months without a review. */
    SIX_MONTHLY,
    /** An eligible child's review falls due on the looked-after review timetable (20 working days, 3 months, then 6-monthly). */
    LOOKED_AFTER_TIMETABLE,
    REQUEST_BY_YOUNG_PERSON,
    REQUEST_BY_ADVISER,
    SIGNIFICANT_CHANGE
}
