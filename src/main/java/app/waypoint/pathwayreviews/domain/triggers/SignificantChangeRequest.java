package app.waypoint.pathwayreviews.domain.triggers;

import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A significant change in the young person's life, and when it happened. A MOVE carries the new accommodation (with its
 * suitability), recorded on the accommodation history in the same request.
 */
public record SignificantChangeRequest(@NotNull SignificantChangeKind kind, @NotNull @PlausibleDate LocalDate occurredOn, @Size(max = 4000) String detail,
                                       @Valid AccommodationRequest accommodation) {
}
