package app.waypoint.web;

import app.waypoint.people.staff.Caller;
import app.waypoint.tasks.domain.TaskResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** Tasklist answers as rows of the pages. */
@ApplicationScoped
class TaskRows {

    private final DueWording wording;

    TaskRows(DueWording wording) {
        this.wording = wording;
    }

    TaskRow of(TaskResponse task, Caller caller) {
        boolean mine = caller.username().equals(task.assignee());
        boolean offered = task.assignee() == null && task.candidateGroups() != null
                && task.candidateGroups().contains(caller.role().roleName());
        return new TaskRow(task.id(), task.step(), task.processName(), task.youngPersonName(), task.assignee(),
                wording.of(task.due(), task.overdue()), offered, mine && task.candidateGroups() != null && !task.candidateGroups().isEmpty(),
                task.youngPersonId());
    }
}
