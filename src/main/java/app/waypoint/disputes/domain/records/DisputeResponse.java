package app.waypoint.disputes.domain.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A dispute as its readers see it. {@code history} (oldest first) and {@code allowedActions} (what the caller may do with it
 * now) only when one dispute, or one young person's, is read: null in lists.
 */
public record DisputeResponse(UUID id, UUID youngPersonId, String raisedBy, Instant raisedAt, DisputeIssueType issueType, String detail,
                              LocalDate informalResolutionBy, DisputeStage stage, String respondent, Instant responseDueAt,
                              Instant formalStartedAt, Instant formalLimitAt, DisputeStatus status, boolean cafcassReferred,
                              Instant cafcassReferredAt, String cafcassNote, Instant closedAt, List<Step> history,
                              List<DisputeAction> allowedActions) {

    /** One step on the dispute's record. */
    public record Step(Instant at, DisputeEventKind kind, String by, DisputeStage stage, String text) {
    }
}
