package app.waypoint.shared;

/** The caller is known but their role may not do this at all (visibility problems answer 404 instead). */
public class ForbiddenException extends WaypointException {

    public ForbiddenException(String detail) {
        super(detail);
    }

    @Override
    public String type() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Not allowed";
    }

    @Override
    public int status() {
        return 403;
    }
}
