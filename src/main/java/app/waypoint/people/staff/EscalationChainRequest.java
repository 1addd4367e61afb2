package app.waypoint.people.staff;

import jakarta.validation.constraints.NotBlank;

/** The senior managers above a team, by username (each a manager); escalations climb to them in this order. */
public record EscalationChainRequest(@NotBlank String serviceManager, @NotBlank String headOfService, @NotBlank String director) {
}
