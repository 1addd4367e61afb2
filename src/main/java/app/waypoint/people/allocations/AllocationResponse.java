package app.waypoint.people.allocations;

import java.time.LocalDate;
import java.util.UUID;

/** An allocation, current ({@code endedOn} absent) or past. */
public record AllocationResponse(UUID id, AllocationKind kind, String staffUsername, String staffName, LocalDate startedOn,
                                 LocalDate endedOn, String allocatedBy) {
}
