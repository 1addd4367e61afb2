package app.waypoint.houseproject.domain.records;

import java.time.LocalDate;

/** A step a young person's House Project move is at now: a task (with its due day) or a wait (no due day). */
public record StepResponse(String id, String name, LocalDate due, boolean overdue) {
}
