package app.waypoint.contacttimetable.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person's contact timetable: whether one is running (the keeping-in-touch duty applies), the next contact due (by
 * when, a visit or any contact, the rule in words, overdue or not), the last matching contact counted, and the last time a
 * worker closed a due contact by hand, with their reason.
 */
public record ContactTimetableResponse(UUID youngPersonId, boolean running, LocalDate dueOn, DueContact kind, String kindWords, String rule,
                                       boolean overdue, LocalDate lastMatchingContactOn, LocalDate closedByHandOn, String closedByHandBy,
                                       String closedByHandReason) {
}
