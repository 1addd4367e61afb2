package app.waypoint.people.youngpeople;

import app.waypoint.people.status.CareStatus;
import app.waypoint.people.status.KeyDates;
import java.time.LocalDate;
import java.util.UUID;

/** What other features need to know about a young person to drive a process (no visibility check: internal use). */
public record YoungPersonFacts(UUID id, String localId, String name, LocalDate dateOfBirth, UUID teamId, boolean fosterPlacement,
                               CareStatus status, KeyDates keyDates) {
}
