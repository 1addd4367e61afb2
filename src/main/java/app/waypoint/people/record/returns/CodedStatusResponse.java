package app.waypoint.people.record.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An SSDA903-coded status (activity or in touch) from a day: its code and words, the note, who recorded it when. */
public record CodedStatusResponse(UUID id, String code, String description, LocalDate effectiveOn, String note, Instant recordedAt,
                                  String recordedBy) {
}
