package app.waypoint.people.staff;

import java.util.UUID;

/** The signed-in member of staff making a request. */
public record Caller(UUID staffId, String username, StaffRole role, UUID teamId) {

    /** The security identity's attribute holding the caller, as read from the staff record when the request was authenticated. */
    public static final String IDENTITY_ATTRIBUTE = "waypoint.caller";

    public boolean is(StaffRole other) {
        return role == other;
    }
}
