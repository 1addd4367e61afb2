package app.waypoint.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Hears every user task of every model open and close, inside the engine's command: a bean implementing this is added to each
 * user task as the models are parsed ({@link UserTaskEvents}). In place of Camunda's CDI event bridge, which fired a CDI event,
 * resolved by its qualifiers, for every activity, transition and task event of every process (README "Performance").
 */
public interface UserTaskListener {

    /** A task has opened: it has its due date, assignee and candidates from the model, and its execution. */
    void created(DelegateTask task);

    /** A task has closed: completed, or deleted with its process or scope. */
    void closed(DelegateTask task, boolean completed);
}
