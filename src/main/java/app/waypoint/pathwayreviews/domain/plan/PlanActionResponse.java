package app.waypoint.pathwayreviews.domain.plan;

import java.time.LocalDate;
import java.util.UUID;

/** An action of a plan; {@code id} stays the same across versions, {@code heading} is the heading's field name. */
public record PlanActionResponse(UUID id, String heading, String description, String owner, LocalDate dueDate, ActionStatus status) {
}
