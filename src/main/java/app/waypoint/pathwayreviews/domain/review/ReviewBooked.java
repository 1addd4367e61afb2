package app.waypoint.pathwayreviews.domain.review;

import java.util.UUID;

/**
 * A young person's pathway review has a date: its first step after "Schedule review and invite" was created, due on that date.
 * Fired inside the transaction; a review with a visit before it fires again when the views are due, for the same review.
 */
public record ReviewBooked(UUID youngPersonId, String processInstanceId) {
}
