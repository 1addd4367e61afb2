package app.waypoint.supervision.domain.records;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a young person's management-oversight chronology; {@code sessionId} is set when made in supervision. */
public record OversightEntryResponse(UUID id, UUID youngPersonId, UUID sessionId, String discussion, String decision, String rationale,
                                     String recordedBy, Instant recordedAt, List<SupervisionActionResponse> actions) {
}
