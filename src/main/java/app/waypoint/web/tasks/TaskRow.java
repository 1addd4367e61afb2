package app.waypoint.web.tasks;

import app.waypoint.web.shell.Due;
import java.util.UUID;

/**
 * A task as a row of a list: what it is, whose, when due, and whether the person may claim it or give it back. {@code worker}
 * names the member of staff a task about staff (supervision) is about; {@code reason} says why the task exists (the review's
 * trigger, or how far up the overdue chain it has gone) and {@code followUp} when its assignee will follow it up, when known.
 */
record TaskRow(String id, String step, String processName, String youngPersonName, String assignee, Due due, boolean claimable,
               boolean returnable, UUID youngPersonId, String worker, String reason, String followUp) {

    TaskRow explained(String workerName, String why) {
        return new TaskRow(id, step, processName, youngPersonName, assignee, due, claimable, returnable, youngPersonId, workerName, why,
                followUp);
    }
}
