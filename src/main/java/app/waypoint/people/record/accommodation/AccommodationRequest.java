package app.waypoint.people.record.accommodation;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Where the young person lives from a date: the SSDA903 accommodation category (its letter, see
 * {@code returns/ssda903-accommodation.csv}), the address area or provider, whether it is shared housing (an HMO), the
 * suitability judgement with its rationale and who judged it. A start in the future is a planned move.
 */
public record AccommodationRequest(@NotBlank @Size(max = 4) String category, @NotBlank @Size(max = 300) String addressOrProvider,
                                   @NotNull @PlausibleDate LocalDate startDate, boolean sharedHousing, @NotNull Boolean suitable,
                                   @Size(max = 4000) String rationale, @NotBlank @Size(max = 160) String judgedBy) {
}
