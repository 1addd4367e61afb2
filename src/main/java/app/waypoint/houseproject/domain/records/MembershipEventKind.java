package app.waypoint.houseproject.domain.records;

/** What happened on a House Project membership. */
public enum MembershipEventKind {
    REFERRED, STEP_COMPLETED, LEFT, CLOSED
}
