package app.waypoint.risks.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One action of a safety plan: what is to be done, by whom (a member of staff's username), by when. */
public record SafetyPlanActionRequest(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 80) String owner,
                                      @NotNull @PlausibleDate LocalDate dueOn) {
}
