package app.waypoint.disputes.domain.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The IRO moves a dispute straight to a later stage, with a reason. */
public record StageSkipRequest(@NotNull DisputeStage stage, @NotBlank @Size(max = 2000) String reason) {
}
