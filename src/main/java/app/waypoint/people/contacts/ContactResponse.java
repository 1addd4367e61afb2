package app.waypoint.people.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded contact with a young person, made or only attempted. */
public record ContactResponse(UUID id, UUID youngPersonId, LocalDate contactOn, ContactKind kind, String note, String recordedBy,
                              Instant recordedAt, ContactOutcome outcome) {
}
