package app.waypoint.pathwayreviews.domain.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A manager signs off the draft with a note of their oversight. */
public record SignOffRequest(@NotBlank @Size(max = 4000) String oversightNote) {
}
