package app.waypoint.pathwayreviews;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A significant change in the young person's life, and when it happened. */
public record SignificantChangeRequest(@NotNull SignificantChangeKind kind, @NotNull @PlausibleDate LocalDate occurredOn, @Size(max = 4000) String detail) {
}
