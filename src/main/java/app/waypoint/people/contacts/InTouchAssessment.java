package app.waypoint.people.contacts;

import java.time.LocalDate;

/**
 * A young person's in-touch state on a day, by {@link InTouchRule}: the state, since when it holds (the last contact made, the
 * day the no-contact limit passed, or the manager's decision; null when nothing dates it), the days since the last contact
 * made (null: none recorded) and the failed attempts since it.
 */
public record InTouchAssessment(InTouchState state, LocalDate since, Long daysSinceContact, int failedAttempts) {
}
