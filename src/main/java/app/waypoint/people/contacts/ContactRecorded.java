package app.waypoint.people.contacts;

import java.time.LocalDate;
import java.util.UUID;

/** Fired in the recording transaction once a contact is recorded, for features that wait on one (a planned visit). */
public record ContactRecorded(UUID youngPersonId, LocalDate contactOn, ContactKind kind, ContactOutcome outcome, String recordedBy) {
}
