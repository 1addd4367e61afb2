package app.waypoint.risks.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A review of a safety plan: the risk stays active until the next review date, or is closed; either way, why. */
public record RiskReviewRequest(@NotNull Boolean stillActive, @NotBlank @Size(max = 4000) String rationale,
                                @PlausibleDate LocalDate nextReviewOn) {
}
