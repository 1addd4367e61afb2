package app.waypoint.houseproject.domain.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the social worker or personal adviser refers the young person to the House Project. */
public record ReferralRequest(@NotBlank @Size(max = 4000) String reason) {
}
