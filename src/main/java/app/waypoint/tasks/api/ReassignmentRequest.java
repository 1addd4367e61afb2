package app.waypoint.tasks.api;

import jakarta.validation.constraints.NotBlank;

/** Move every open task of one member of a team to another (absence or leaving). */
public record ReassignmentRequest(@NotBlank String from, @NotBlank String to) {
}
