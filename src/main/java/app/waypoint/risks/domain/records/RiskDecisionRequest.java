package app.waypoint.risks.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A manager's decision on a concern: an active risk or not, and why. An active risk carries its safety plan: at least one
 * action and the day the plan is reviewed; a concern not accepted carries neither.
 */
public record RiskDecisionRequest(@NotNull Boolean active, @NotBlank @Size(max = 4000) String rationale,
                                  @Size(max = 20) List<@Valid @NotNull SafetyPlanActionRequest> actions, @PlausibleDate LocalDate reviewOn) {

    public List<SafetyPlanActionRequest> actionsOrNone() {
        return actions == null ? List.of() : actions;
    }
}
