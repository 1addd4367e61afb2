package app.waypoint.risks.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A concern a worker raises: its kind, what they saw or were told, the day it was seen, and where it was raised ({@code VISIT},
 * {@code CONTACT} or {@code FILE}; {@code FILE} when not given).
 */
public record RaiseConcernRequest(@NotNull RiskKind kind, @NotBlank @Size(max = 4000) String whatWasSeen,
                                  @NotNull @PlausibleDate LocalDate seenOn, RiskSource source) {
}
