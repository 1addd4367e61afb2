package app.waypoint.shared;

/** Something the caller named does not exist, or the caller may not see it (the two look the same). */
public class NotFoundException extends WaypointException {

    private final String type;

    public NotFoundException(String what, String id) {
        super("No " + what + " with id " + id + " was found.");
        this.type = what.replace(' ', '-') + "-not-found";
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return "Not found";
    }

    @Override
    public int status() {
        return 404;
    }
}
