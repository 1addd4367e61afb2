package app.waypoint.supervision.domain.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A session at a glance; {@code signedOffLate} once either signature came after {@code signOffDueOn}. */
public record SessionSummary(UUID id, UUID workerId, String supervisor, LocalDate scheduledFor, LocalDate heldOn, SessionStatus status,
                             LocalDate signOffDueOn, Instant workerSignedAt, Instant supervisorSignedAt, boolean signedOffLate) {
}
