package app.waypoint.people.allocations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Allocate a member of staff to a young person; it replaces the current allocation of the same kind. */
public record AllocationRequest(@NotNull AllocationKind kind, @NotBlank String staffUsername) {
}
