package app.waypoint.people.record.flags;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Sets ({@code set} true) or clears a cohort flag from a day, with why; {@code detail} holds what goes with it, such as a UASC
 * young person's immigration status (free text).
 */
public record FlagRequest(@NotNull CohortFlag flag, boolean set, @NotNull @PlausibleDate LocalDate effectiveOn, @Size(max = 1000) String detail,
                          @NotBlank @Size(max = 4000) String reason) {
}
