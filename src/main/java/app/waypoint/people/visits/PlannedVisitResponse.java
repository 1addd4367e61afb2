package app.waypoint.people.visits;

import java.time.LocalDate;
import java.util.UUID;

/** A visit booked and still open: when, what kind, and who booked it. */
public record PlannedVisitResponse(UUID id, UUID youngPersonId, LocalDate visitOn, VisitKind kind, String bookedBy) {
}
