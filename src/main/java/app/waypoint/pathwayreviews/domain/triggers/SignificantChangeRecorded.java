package app.waypoint.pathwayreviews.domain.triggers;

import java.time.LocalDate;
import java.util.UUID;

/** Fired in the recording transaction once a significant change is recorded, for features that act on one (a risk concern). */
public record SignificantChangeRecorded(UUID youngPersonId, SignificantChangeKind kind, LocalDate occurredOn, String detail, String recordedBy) {
}
