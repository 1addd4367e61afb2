package app.waypoint.contacttimetable.domain;

import java.time.LocalDate;

/** The next contact the timetable asks for: by when, a visit or any contact, and the rule that sets it, in words. */
public record ContactDue(LocalDate dueOn, DueContact kind, String rule) {
}
