package app.waypoint.tasks.api;

import jakarta.validation.constraints.NotBlank;

/** Give a task to a member of staff (a manager action). */
public record AssigneeRequest(@NotBlank String username) {
}
