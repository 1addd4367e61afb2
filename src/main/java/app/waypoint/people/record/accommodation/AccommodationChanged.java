package app.waypoint.people.record.accommodation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired in the recording transaction once an entry of the accommodation history is recorded (a move, or a planned one), for
 * features whose deadlines count from a move (the contact timetable): the SSDA903 category letter and the day it starts.
 */
public record AccommodationChanged(UUID youngPersonId, String category, LocalDate startDate) {
}
