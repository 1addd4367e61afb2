package app.waypoint.people.staff;

import java.util.UUID;

/** The signed-in member of staff making a request. */
public record Caller(UUID staffId, String username, StaffRole role, UUID teamId) {

    public boolean is(StaffRole other) {
        return role == other;
    }
}
