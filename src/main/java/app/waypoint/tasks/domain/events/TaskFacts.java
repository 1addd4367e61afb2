package app.waypoint.tasks.domain.events;

import app.waypoint.shared.BusinessKeys;
import java.time.Instant;
import java.util.UUID;

/**
 * A user task as other features need to know it: which step, whose, due when, and what it is about: a young person
 * ({@code youngPersonId}) or, for work about a member of staff such as their supervision, that member of staff ({@code staffId});
 * and the key of its process ({@code processKey}).
 */
public record TaskFacts(String id, String key, String name, String assignee, UUID youngPersonId, Instant due, String processInstanceId,
                        UUID staffId, String processKey) {

    /** The business key of the process the task belongs to. */
    public String businessKey() {
        return youngPersonId != null ? youngPersonId.toString() : staffId == null ? null : BusinessKeys.ofStaff(staffId);
    }
}
