package app.waypoint.tasks;

import java.time.Instant;
import java.util.UUID;

/** A user task as other features need to know it: which step, of which young person, whose, due when. */
public record TaskFacts(String id, String key, String name, String assignee, UUID youngPersonId, Instant due, String processInstanceId) {
}
