package app.waypoint.supervision.domain.records;

import java.time.LocalDate;
import java.util.UUID;

/** An agreed action; {@code carryCount} is how often a session re-dated it, {@code flagged} once that reached two. */
public record SupervisionActionResponse(UUID id, UUID youngPersonId, UUID sessionId, String description, String owner, LocalDate dueDate,
                                        SupervisionActionStatus status, boolean overdue, int carryCount, boolean flagged,
                                        String lastReason) {
}
