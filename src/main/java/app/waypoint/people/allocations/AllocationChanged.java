package app.waypoint.people.allocations;

import java.util.UUID;

/** A young person has a new member of staff of this kind (the previous one, if any, ended); fired inside the transaction. */
public record AllocationChanged(UUID youngPersonId, AllocationKind kind, String staffUsername) {
}
