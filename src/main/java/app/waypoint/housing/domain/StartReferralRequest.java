package app.waypoint.housing.domain;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A young person found homeless, or threatened with homelessness within 56 days: why, the day the worker learned of it (not in
 * the future), for a threat the day they are likely to lose their home if known, and what the worker knows, in their words.
 */
public record StartReferralRequest(@NotNull HomelessnessReason reason, @NotNull @PlausibleDate LocalDate identifiedOn,
                                   @PlausibleDate LocalDate likelyHomelessOn, @Size(max = 4000) String note) {
}
