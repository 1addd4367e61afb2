package app.waypoint.people.visits;

import app.waypoint.shared.PlausibleDate;
import java.time.LocalDate;

/** A visit to book: the day and the kind of visit. */
public record BookVisitRequest(@PlausibleDate LocalDate visitOn, VisitKind kind) {
}
