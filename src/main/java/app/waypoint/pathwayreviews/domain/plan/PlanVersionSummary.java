package app.waypoint.pathwayreviews.domain.plan;

import java.time.Instant;
import java.time.LocalDate;

/** One version of a plan in the list of versions, newest first. */
public record PlanVersionSummary(int version, PlanStatus status, Integer basedOnVersion, Instant updatedAt, String updatedBy,
                                 Instant signedOffAt, String signedOffBy, LocalDate copyGivenOn) {
}
