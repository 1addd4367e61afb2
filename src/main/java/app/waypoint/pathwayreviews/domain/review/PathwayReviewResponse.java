package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A pathway review: why it is held (its triggers, the first started it), when it is due, the steps it is at now and, while
 * open, its agenda (the actions still open from the last plan first); once the chair has shared the review record, when, with
 * whom and by whom.
 */
public record PathwayReviewResponse(UUID id, UUID youngPersonId, boolean open, LocalDate dueOn, Instant startedAt, String startedBy,
                                    LocalDate heldOn, Instant closedAt, List<Trigger> triggers, List<CurrentStep> currentSteps,
                                    List<AgendaItem> agenda, LocalDate recordSharedOn, String recordSharedWith, String recordSharedBy) {

    public record Trigger(ReviewTriggerKind kind, SignificantChangeKind changeKind, LocalDate occurredOn, String note,
                          boolean startedReview, Instant recordedAt, String recordedBy) {
    }

    public record CurrentStep(String id, String name) {
    }
}
