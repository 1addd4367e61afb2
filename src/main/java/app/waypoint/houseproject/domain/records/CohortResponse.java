package app.waypoint.houseproject.domain.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cohort and how many of its places are taken. */
public record CohortResponse(UUID id, String name, LocalDate startsOn, int capacity, long placesTaken, long placesLeft, UUID teamId,
                             List<String> staff, Instant createdAt, String createdBy) {
}
