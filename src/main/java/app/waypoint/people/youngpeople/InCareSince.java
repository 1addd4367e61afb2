package app.waypoint.people.youngpeople;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person looked after today, for the looked-after review timetable (domain notes §2a step 7).
 *
 * @param since      the first day of the care going on today (episodes that follow on without a gap count as one)
 * @param recordedOn the day Waypoint first held the young person's record
 */
public record InCareSince(UUID youngPersonId, LocalDate since, LocalDate recordedOn) {
}
