package app.waypoint.pathwayreviews.domain.triggers;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A request for a review from the young person or their personal adviser. */
public record RequestReviewRequest(@NotNull ReviewRequestReason reason, @Size(max = 4000) String note) {
}
