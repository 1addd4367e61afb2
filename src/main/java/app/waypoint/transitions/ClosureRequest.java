package app.waypoint.transitions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Close a transition before 25, at the young person's request; the reason is kept on the record. */
public record ClosureRequest(@NotBlank @Size(max = 2000) String reason) {
}
