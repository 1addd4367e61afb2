package app.waypoint.people.allocations;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** End an allocation on a day (not in the future, not before it started), with the reason. */
public record EndAllocationRequest(@NotNull @PlausibleDate LocalDate endedOn, @NotBlank @Size(max = 500) String reason) {
}
