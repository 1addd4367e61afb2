package app.waypoint.escalations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A manager's change of a task's due date, kept with its reason. */
@Entity
@Table(name = "due_date_change")
class DueDateChange {

    @Id
    UUID id;
    @Column(name = "task_id")
    String taskId;
    @Column(name = "old_due")
    LocalDate oldDue;
    @Column(name = "new_due")
    LocalDate newDue;
    String reason;
    @Column(name = "changed_by")
    String changedBy;
    @Column(name = "changed_at")
    Instant changedAt;

    protected DueDateChange() {
    }

    DueDateChange(String taskId, LocalDate oldDue, LocalDate newDue, String reason, String changedBy, Instant changedAt) {
        this.id = UUID.randomUUID();
        this.taskId = taskId;
        this.oldDue = oldDue;
        this.newDue = newDue;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
