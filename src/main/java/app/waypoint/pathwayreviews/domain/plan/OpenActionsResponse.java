package app.waypoint.pathwayreviews.domain.plan;

import java.time.Instant;
import java.util.List;

/**
 * The actions still open in the last signed-off plan, which the next review's agenda opens with; {@code version} and
 * {@code signedOffAt} are null (and the list empty) when no plan has been signed off yet.
 */
public record OpenActionsResponse(Integer version, Instant signedOffAt, List<PlanActionResponse> actions) {
}
