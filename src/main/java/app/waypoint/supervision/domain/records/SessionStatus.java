package app.waypoint.supervision.domain.records;

/** Where a supervision session is: booked, held and recorded, or signed off by both the worker and the supervisor. */
public enum SessionStatus {
    BOOKED, HELD, SIGNED_OFF
}
