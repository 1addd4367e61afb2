package app.waypoint.web;

import app.waypoint.people.staff.Caller;
import app.waypoint.tasks.domain.TaskResponse;
import app.waypoint.tasks.domain.TaskAction;
import jakarta.enterprise.context.ApplicationScoped;

/** Tasklist answers as rows of the pages. */
@ApplicationScoped
class TaskRows {

    private final DueWording wording;

    TaskRows(DueWording wording) {
        this.wording = wording;
    }

    /** The row, offering claim and give back as the task allows the caller ({@link TaskResponse#allowedActions()}). */
    TaskRow of(TaskResponse task, Caller caller) {
        boolean mine = caller.username().equals(task.assignee());
        return new TaskRow(task.id(), task.step(), task.processName(), task.youngPersonName(), task.assignee(),
                wording.of(task.due(), task.overdue()), task.allowedActions().contains(TaskAction.CLAIM),
                mine && task.allowedActions().contains(TaskAction.UNCLAIM), task.youngPersonId());
    }
}
