package app.waypoint.tasks.domain.filters;

import app.waypoint.tasks.domain.task.TaskFilter;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A filter a member of staff saved from the criteria they chose on their tray, by a name of their own. */
@Entity
@Table(name = "task_filter")
class SavedTaskFilter {

    @Id
    UUID id;
    @Column(name = "staff_id")
    UUID staffId;
    String name;
    String scope;
    @Column(name = "process_key")
    String processKey;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    boolean overdue;
    @Column(name = "created_at")
    Instant createdAt;

    protected SavedTaskFilter() {
    }

    SavedTaskFilter(UUID staffId, String name, String scope, String processKey, UUID youngPersonId, boolean overdue, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.staffId = staffId;
        this.name = name;
        this.scope = scope;
        this.processKey = processKey;
        this.youngPersonId = youngPersonId;
        this.overdue = overdue;
        this.createdAt = createdAt;
    }

    TaskFilter criteria() {
        return new TaskFilter(scope.toLowerCase(), youngPersonId, processKey, overdue ? Boolean.TRUE : null, null, null, null, null, null, null);
    }
}
