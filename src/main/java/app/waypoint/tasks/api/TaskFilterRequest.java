package app.waypoint.tasks.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Save the criteria chosen on the tray as a filter of one's own: scope all|mine|team|offered, a process, a young person, overdue only. */
public record TaskFilterRequest(@NotBlank @Size(max = 60) String name, @Size(max = 10) String scope, @Size(max = 100) String process,
                                UUID youngPersonId, boolean overdue) {
}
