package app.waypoint.tasks.domain.events;

import java.time.LocalDate;

/** What happens to user tasks, announced (synchronously, inside the transaction that does it) to other features. */
public final class TaskEvents {

    private TaskEvents() {
    }

    /** A task with a due date was created. */
    public record DeadlineSet(TaskFacts task) {
    }

    /** A task was completed, or removed because its process moved on or ended. */
    public record Closed(String taskId, boolean completed) {
    }

    /** A task changed hands (claimed, given back, assigned by a manager). */
    public record Reassigned(TaskFacts task) {
    }

    /** A manager moved a task's due date, giving a reason. */
    public record DueDateChanged(TaskFacts task, LocalDate previousDue, LocalDate newDue, String reason, String changedBy) {
    }
}
