package app.waypoint.escalations.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** One rung of a late task's escalation chain: who was told, who acknowledged it, and when the task was done. */
@Entity
class Escalation {

    @Id
    UUID id;
    @Column(name = "chain_id")
    String chainId;
    @Column(name = "task_id")
    String taskId;
    @Column(name = "task_key")
    String taskKey;
    @Column(name = "task_name")
    String taskName;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    /** The member of staff the task is about, for work about staff (e.g. their supervision) rather than a young person. */
    @Column(name = "staff_id")
    UUID staffId;
    @Enumerated(EnumType.STRING)
    EscalationStage stage;
    @Column(name = "due_at")
    Instant dueAt;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Column(name = "acknowledged_by")
    String acknowledgedBy;
    @Column(name = "acknowledged_at")
    Instant acknowledgedAt;
    @Column(name = "resolved_at")
    Instant resolvedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_recipient", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "username")
    Set<String> recipients = new LinkedHashSet<>();

    protected Escalation() {
    }

    Escalation(String chainId, String taskId, String taskKey, String taskName, UUID youngPersonId, UUID staffId, EscalationStage stage,
               Instant dueAt, Instant raisedAt) {
        this.id = UUID.randomUUID();
        this.chainId = chainId;
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.taskName = taskName;
        this.youngPersonId = youngPersonId;
        this.staffId = staffId;
        this.stage = stage;
        this.dueAt = dueAt;
        this.raisedAt = raisedAt;
    }
}
