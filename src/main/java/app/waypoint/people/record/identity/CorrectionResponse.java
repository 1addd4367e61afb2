package app.waypoint.people.record.identity;

import java.time.Instant;
import java.util.UUID;

/** One field of the identity corrected: before, after, why, who and when. */
public record CorrectionResponse(UUID id, String field, String oldValue, String newValue, String reason, Instant recordedAt,
                                 String recordedBy) {
}
