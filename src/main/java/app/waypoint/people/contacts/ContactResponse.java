package app.waypoint.people.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded contact with a young person, made or only attempted; how many working days after the contact it was recorded,
 * whether that is late by the council's threshold, and the reason given.
 */
public record ContactResponse(UUID id, UUID youngPersonId, LocalDate contactOn, ContactKind kind, String note, String recordedBy,
                              Instant recordedAt, ContactOutcome outcome, int recordedAfterWorkingDays, boolean recordedLate,
                              String lateReason) {
}
