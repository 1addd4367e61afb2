package app.waypoint.houseproject.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new cohort: its name, start date (its weekly sessions fall on that weekday), its staff (usernames, the lead first) and
 * its places (default {@code waypoint.house-project.default-capacity}); {@code teamId} only for administrators, who have no team.
 */
public record CreateCohortRequest(@NotBlank @Size(max = 200) String name, @NotNull @PlausibleDate LocalDate startsOn, @Min(1) @Max(50) Integer capacity,
                                  @NotEmpty @Size(max = 10) List<@NotBlank String> staff, UUID teamId) {
}
