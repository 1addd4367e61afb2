package app.waypoint.shared;

/** The request clashes with the current state, e.g. a task already completed or a process already running. */
public class ConflictException extends WaypointException {

    private final String type;

    public ConflictException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }

    @Override
    public int status() {
        return 409;
    }
}
