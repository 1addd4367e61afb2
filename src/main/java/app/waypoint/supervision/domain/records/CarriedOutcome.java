package app.waypoint.supervision.domain.records;

/** What the next session decides about an action still open: it is done (closed), or it gets a new date and a reason. */
public enum CarriedOutcome {
    CLOSED, REDATED
}
