package app.waypoint.people.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact behind the late-recording report: whose, when it happened and was recorded, by whom, how late and why. */
public record LateContact(UUID contactId, UUID youngPersonId, String youngPersonName, LocalDate contactOn, ContactKind kind,
                          String recordedBy, Instant recordedAt, int recordedAfterWorkingDays, boolean recordedLate, String lateReason) {
}
