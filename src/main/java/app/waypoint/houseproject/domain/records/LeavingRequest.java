package app.waypoint.houseproject.domain.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the young person leaves the House Project. */
public record LeavingRequest(@NotBlank @Size(max = 4000) String reason) {
}
