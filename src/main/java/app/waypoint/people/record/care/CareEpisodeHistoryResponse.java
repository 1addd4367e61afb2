package app.waypoint.people.record.care;

import app.waypoint.people.status.LegalBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A care episode with how it ended: the reason, who recorded the end and when, and the approval of leaving before 18; and, for an
 * episode started through the record (coming back into care), who recorded the start, when and why.
 */
public record CareEpisodeHistoryResponse(UUID id, LocalDate start, LocalDate end, LegalBasis legalBasis, LeavingCareReason endReason,
                                         String endNote, String endedBy, Instant endRecordedAt, LeavingCareApprover approverRole,
                                         String approvedBy, LocalDate approvedOn, String startedBy, Instant startRecordedAt,
                                         String startNote) {
}
