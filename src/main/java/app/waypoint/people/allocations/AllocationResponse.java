package app.waypoint.people.allocations;

import java.time.LocalDate;
import java.util.UUID;

/** An allocation, current ({@code endedOn} absent) or past; a manager who ended it gave {@code endReason}. */
public record AllocationResponse(UUID id, AllocationKind kind, String staffUsername, String staffName, LocalDate startedOn,
                                 LocalDate endedOn, String allocatedBy, String endReason, String endedBy) {
}
