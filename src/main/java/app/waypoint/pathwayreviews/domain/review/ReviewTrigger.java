package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Why a review is held: the trigger that started it, or one that came while it was open and was recorded on it. */
@Entity
@Table(name = "pathway_review_trigger")
class ReviewTrigger {

    @Id
    UUID id;
    @Column(name = "review_id")
    UUID reviewId;
    @Enumerated(EnumType.STRING)
    ReviewTriggerKind kind;
    @Column(name = "significant_change_id")
    UUID significantChangeId;
    String note;
    @Column(name = "started_review")
    boolean startedReview;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected ReviewTrigger() {
    }

    ReviewTrigger(UUID reviewId, ReviewTriggerKind kind, UUID significantChangeId, String note, boolean startedReview, Instant recordedAt,
                  String recordedBy) {
        this.id = UUID.randomUUID();
        this.reviewId = reviewId;
        this.kind = kind;
        this.significantChangeId = significantChangeId;
        this.note = note;
        this.startedReview = startedReview;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
