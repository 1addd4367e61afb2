package app.waypoint.incidents.domain;

/** How many failed jobs were given one more attempt. */
public record RetriedResponse(int retried) {
}
