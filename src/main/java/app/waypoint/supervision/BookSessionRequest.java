package app.waypoint.supervision;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the next session is booked for (today or later). */
public record BookSessionRequest(@NotNull LocalDate scheduledFor) {
}
