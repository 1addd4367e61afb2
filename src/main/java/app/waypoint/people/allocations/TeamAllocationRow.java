package app.waypoint.people.allocations;

import java.util.UUID;

/** A young person of a team with the names of their current social worker, personal adviser and IRO (null: nobody). */
public record TeamAllocationRow(UUID youngPersonId, String localId, String name, String socialWorker, String personalAdviser, String iro) {

    /** Whether someone is allocated in each of the three roles. */
    public boolean fullyAllocated() {
        return socialWorker != null && personalAdviser != null && iro != null;
    }
}
