package app.waypoint.tasks.api;

import app.waypoint.shared.PlausibleDate;
import java.time.LocalDate;

/** The day to follow a task up ("remind me on"); none clears it. */
public record FollowUpRequest(@PlausibleDate LocalDate followUp) {
}
