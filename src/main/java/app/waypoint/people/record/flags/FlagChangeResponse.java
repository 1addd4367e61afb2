package app.waypoint.people.record.flags;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cohort flag set or cleared from a day, with its detail (e.g. immigration status), why, and who recorded it when. */
public record FlagChangeResponse(UUID id, CohortFlag flag, String flagName, boolean set, LocalDate effectiveOn, String detail, String reason,
                                 Instant recordedAt, String recordedBy) {
}
