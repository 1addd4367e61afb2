package app.waypoint.audit;

/** What was done to a young person's record: read (a GET, a page shown) or changed (any other request). */
public enum AuditAction {
    READ,
    CHANGE
}
