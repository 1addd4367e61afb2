package app.waypoint.pathwayreviews.domain.triggers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A significant change in a young person's life as recorded: what, the day it happened, and who recorded it when. */
public record SignificantChangeResponse(UUID id, SignificantChangeKind kind, LocalDate occurredOn, String detail, Instant recordedAt,
                                        String recordedBy) {
}
