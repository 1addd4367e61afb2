package app.waypoint.people.status;

/** The result of {@link CareStatusRules#assess}: the status on the day asked about, and the key dates. */
public record StatusAssessment(CareStatus status, KeyDates keyDates) {
}
