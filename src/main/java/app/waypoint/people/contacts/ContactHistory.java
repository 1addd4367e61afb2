package app.waypoint.people.contacts;

import java.time.LocalDate;

/**
 * What {@link InTouchRule} needs of a young person's contacts: the day of the last contact made (null: none recorded) and
 * how many attempts failed, in a row, after it (all of them when none was made).
 */
public record ContactHistory(LocalDate lastContactMadeOn, int failedAttemptsSince) {
}
