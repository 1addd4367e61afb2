package app.waypoint.audit;

/** How the record was reached: through the REST API (bearer token) or a page (signed-in session). */
public enum AuditChannel {
    API,
    PAGE
}
