package app.waypoint.people;

import java.time.LocalDate;
import java.util.UUID;

public record StaffResponse(UUID id, String username, String displayName, String email, StaffRole role, UUID teamId,
                            boolean newlyQualified, LocalDate startedOn) {
}
