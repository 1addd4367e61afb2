package app.waypoint.tasks.api;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A manager moves a task's due date; the reason is kept with the change. */
public record DueDateRequest(@NotNull @PlausibleDate LocalDate due, @NotBlank @Size(max = 2000) String reason) {
}
