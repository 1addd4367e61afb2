package app.waypoint.pathwayreviews;

/** What calls for a pathway review (domain notes §2b, triggers). */
public enum ReviewTriggerKind {
    /** No plan goes more than 6 months without a review. */
    SIX_MONTHLY,
    REQUEST_BY_YOUNG_PERSON,
    REQUEST_BY_ADVISER,
    SIGNIFICANT_CHANGE
}
