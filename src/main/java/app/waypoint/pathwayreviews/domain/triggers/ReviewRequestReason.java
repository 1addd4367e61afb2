package app.waypoint.pathwayreviews.domain.triggers;

/** Who asked for a review: a review must then take place. */
public enum ReviewRequestReason {
    REQUEST_BY_YOUNG_PERSON(ReviewTriggerKind.REQUEST_BY_YOUNG_PERSON),
    REQUEST_BY_ADVISER(ReviewTriggerKind.REQUEST_BY_ADVISER);

    private final ReviewTriggerKind trigger;

    ReviewRequestReason(ReviewTriggerKind trigger) {
        this.trigger = trigger;
    }

    public ReviewTriggerKind trigger() {
        return trigger;
    }
}
