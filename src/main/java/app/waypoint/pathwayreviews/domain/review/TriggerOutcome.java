package app.waypoint.pathwayreviews.domain.review;

/** The review a trigger went to, and whether the trigger started it (else it was recorded on the review already open). */
public record TriggerOutcome(PathwayReviewResponse review, boolean started) {
}
