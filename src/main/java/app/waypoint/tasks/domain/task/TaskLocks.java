package app.waypoint.tasks.domain.task;

import app.waypoint.shared.ConflictException;
import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Serialises completions of one task. Completing runs task listeners that change other process instances (e.g. stopping
 * the task's escalation chain); when two completions overlap, the later one can fail inside those listeners with an engine
 * error that is not an optimistic-locking conflict. Locking the task's row first makes the later completion wait for the
 * earlier one to commit and then find the task gone, which is a plain 409. Plain SQL on the transaction's connection: as a
 * Hibernate native query it cost 6 % of a completion's CPU (JFR, README "Performance"). For a completion by someone who has
 * authority of their own ({@link TaskCompletions#completeAs}); the tasklist's completions lock the row in the statement that
 * checks they may see the task ({@link TaskAccess#visibleLocked}), one round trip fewer.
 */
@ApplicationScoped
class TaskLocks {

    private static final String LOCK = "select id_ from act_ru_task where id_ = ? for update";

    private final PlainSql sql;

    TaskLocks(PlainSql sql) {
        this.sql = sql;
    }

    /** Locks the open task's row until the transaction ends; 409 if the task has been completed meanwhile. */
    void lockOpenTask(String taskId) {
        if (sql.first(LOCK, row -> row.getString(1), taskId).isEmpty()) {
            throw new ConflictException("task-already-completed", "This task has already been completed.");
        }
    }
}
