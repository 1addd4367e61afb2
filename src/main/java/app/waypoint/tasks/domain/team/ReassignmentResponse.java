package app.waypoint.tasks.domain.team;

import java.util.List;

/** What a bulk reassignment moved: the tasks, now the new assignee's. */
public record ReassignmentResponse(String from, String to, int reassigned, List<String> taskIds) {
}
