package app.waypoint.tasks.domain.task;

import app.waypoint.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Serialises completions of one task. Completing runs task listeners that change other process instances (e.g. stopping
 * the task's escalation chain); when two completions overlap, the later one can fail inside those listeners with an engine
 * error that is not an optimistic-locking conflict. Locking the task's row first makes the later completion wait for the
 * earlier one to commit and then find the task gone, which is a plain 409.
 */
@ApplicationScoped
class TaskLocks {

    private final EntityManager entities;

    TaskLocks(EntityManager entities) {
        this.entities = entities;
    }

    /** Locks the open task's row until the transaction ends; 409 if the task has been completed meanwhile. */
    void lockOpenTask(String taskId) {
        boolean open = !entities.createNativeQuery("select id_ from act_ru_task where id_ = :id for update")
                .setParameter("id", taskId)
                .getResultList()
                .isEmpty();
        if (!open) {
            throw new ConflictException("task-already-completed", "This task has already been completed.");
        }
    }
}
