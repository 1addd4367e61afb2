package app.waypoint.contacttimetable.domain;

import app.waypoint.people.status.CareStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the contact timetable is worked out from, on {@code today}.
 *
 * @param status            the leaving-care status today
 * @param twentyFirst       the 21st birthday
 * @param adviserAllocated  whether a personal adviser is allocated (after 21 the sign that the young person asked for one, s23CZB)
 * @param category          the SSDA903 category of the latest accommodation recorded, if any
 * @param movedOn           the day that accommodation starts, if any
 * @param lastVisitOn       the last visit made (a VISIT contact, or the pathway review's pre-review visit)
 * @param lastContactOn     the last contact made, of any kind
 * @param startedOn         the day the timetable started (what is counted from when nothing is recorded)
 * @param closedByHandOn    the last day a worker closed the due contact by hand, saying why
 */
public record TimetableFacts(LocalDate today, CareStatus status, LocalDate twentyFirst, boolean adviserAllocated, Optional<String> category,
                             Optional<LocalDate> movedOn, Optional<LocalDate> lastVisitOn, Optional<LocalDate> lastContactOn,
                             LocalDate startedOn, Optional<LocalDate> closedByHandOn) {
}
