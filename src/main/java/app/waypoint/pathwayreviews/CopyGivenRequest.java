package app.waypoint.pathwayreviews;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The date a copy of the signed-off plan was given to the young person. */
public record CopyGivenRequest(@NotNull LocalDate givenOn) {
}
