package app.waypoint.people.contacts;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A contact that happened: the day (not in the future), how, and an optional note. */
public record RecordContactRequest(@NotNull @PlausibleDate LocalDate contactOn, @NotNull ContactKind kind, @Size(max = 2000) String note) {
}
