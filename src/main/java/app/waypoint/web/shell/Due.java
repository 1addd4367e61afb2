package app.waypoint.web.shell;

/** A due date as a person reads it: "3 working days overdue", "Due in 2 working days", "Due 4 March 2026". */
public record Due(DueState state, String text) {
}
