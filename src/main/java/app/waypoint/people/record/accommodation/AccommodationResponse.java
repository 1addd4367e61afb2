package app.waypoint.people.record.accommodation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entry of the accommodation history: the SSDA903 category (letter and words) and the code the return would carry
 * (letter + 1 suitable, 2 not suitable), where, from when (planned while the start is still ahead), the suitability
 * judgement with its rationale and who made it, and who recorded it when.
 */
public record AccommodationResponse(UUID id, String category, String categoryDescription, String returnCode, String addressOrProvider,
                                    LocalDate startDate, boolean planned, boolean sharedHousing, boolean suitable, String rationale,
                                    String judgedBy, Instant recordedAt, String recordedBy) {
}
