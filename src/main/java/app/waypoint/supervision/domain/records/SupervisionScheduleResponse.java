package app.waypoint.supervision.domain.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A worker's supervision: who supervises them (null if nobody can), the frequency that applies today, the last session
 * held, when the next is due and whether that has passed, the next session booked, and every session, newest first.
 */
public record SupervisionScheduleResponse(UUID workerId, String worker, String supervisor, boolean newlyQualified, LocalDate startedOn,
                                          String frequency, LocalDate lastSessionOn, LocalDate nextDue, boolean overdue,
                                          SessionSummary nextBooked, List<SessionSummary> sessions) {
}
