package app.waypoint.people.youngpeople;

import app.waypoint.people.status.CareStatus;
import java.time.LocalDate;
import java.util.UUID;

/** A young person in a list. */
public record YoungPersonSummary(UUID id, String localId, String name, LocalDate dateOfBirth, int age, CareStatus status) {
}
