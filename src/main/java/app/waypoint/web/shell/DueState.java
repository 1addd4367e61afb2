package app.waypoint.web.shell;

/** Where a task stands against its due date, which decides the section it is listed in. */
public enum DueState {
    OVERDUE, DUE_SOON, LATER, NO_DUE_DATE;

    /** The CSS class of its tag. */
    public String css() {
        return name().toLowerCase().replace('_', '-');
    }
}
