package app.waypoint.shared;

import java.util.List;

/** A failure the caller can act on: it knows its problem type, HTTP status and a detail that is safe to show. */
public abstract class WaypointException extends RuntimeException {

    private final transient List<FieldError> errors;

    protected WaypointException(String detail) {
        this(detail, List.of());
    }

    protected WaypointException(String detail, List<FieldError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    /** The last segment of the problem type URI, e.g. {@code young-person-not-found}. */
    public abstract String type();

    /** A short title that is the same for every problem of this type. */
    public abstract String title();

    public abstract int status();

    public List<FieldError> errors() {
        return errors;
    }

    /** One invalid input: the field (a JSON path such as {@code careEpisodes[0].start}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
