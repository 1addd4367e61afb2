package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The date a copy of the signed-off plan was given to the young person. */
public record CopyGivenRequest(@NotNull @PlausibleDate LocalDate givenOn) {
}
