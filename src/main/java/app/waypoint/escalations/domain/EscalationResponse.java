package app.waypoint.escalations.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An escalation record as its readers see it; {@code staffId} is set instead of {@code youngPersonId} for work about staff. */
public record EscalationResponse(UUID id, String taskId, String taskKey, String taskName, UUID youngPersonId, EscalationStage stage,
                                 Instant dueAt, Instant raisedAt, List<String> notified, String acknowledgedBy, Instant acknowledgedAt,
                                 Instant resolvedAt, UUID staffId) {
}
