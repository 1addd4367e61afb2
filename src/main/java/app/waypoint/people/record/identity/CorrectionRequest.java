package app.waypoint.people.record.identity;

import app.waypoint.people.youngpeople.LocalIds;
import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Corrections to the young person's identity (only the fields given change) and why. */
public record CorrectionRequest(@Size(min = 1, max = 100) String givenName, @Size(min = 1, max = 100) String familyName,
                                @PlausibleDate LocalDate dateOfBirth, @Size(min = 1, max = 40) @Pattern(regexp = LocalIds.PATTERN, message = LocalIds.MESSAGE) String localId, @NotBlank @Size(max = 4000) String reason) {
}
