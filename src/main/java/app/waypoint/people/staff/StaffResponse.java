package app.waypoint.people.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member of staff; {@code disabledAt} and {@code disabledBy} (an administrator's id) are null while they are active. */
public record StaffResponse(UUID id, String username, String displayName, String email, StaffRole role, UUID teamId,
                            boolean newlyQualified, LocalDate startedOn, Instant disabledAt, UUID disabledBy) {
}
