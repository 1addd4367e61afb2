package app.waypoint.supervision.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the next session is booked for (today or later). */
public record BookSessionRequest(@NotNull @PlausibleDate LocalDate scheduledFor) {
}
