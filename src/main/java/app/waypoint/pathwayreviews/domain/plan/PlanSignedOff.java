package app.waypoint.pathwayreviews.domain.plan;

import java.util.UUID;

/** A version of a young person's pathway plan was signed off (by the review's step or directly); fired inside the transaction. */
public record PlanSignedOff(UUID youngPersonId, int version) {
}
