package app.waypoint.people.staff;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A member of staff; workers, managers and IROs belong to a team. {@code startedOn} (in post since) defaults to today. */
public record CreateStaffRequest(@NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9._-]+") String username,
                                 @NotBlank @Size(max = 160) String displayName,
                                 @Email @Size(max = 254) String email,
                                 @NotNull StaffRole role,
                                 UUID teamId,
                                 boolean newlyQualified,
                                 @PlausibleDate LocalDate startedOn) {

    /** A member of staff starting today. */
    public CreateStaffRequest(String username, String displayName, String email, StaffRole role, UUID teamId, boolean newlyQualified) {
        this(username, displayName, email, role, teamId, newlyQualified, null);
    }
}
