package app.waypoint.shared;

import java.util.List;

/** A change that must say which version it was made on came without it (RFC 6585): 428, naming the header to send. */
public class PreconditionRequiredException extends WaypointException {

    public PreconditionRequiredException(String header, String detail) {
        super(detail, List.of(new FieldError(header, "send the ETag of the version you read")));
    }

    @Override
    public String type() {
        return "precondition-required";
    }

    @Override
    public String title() {
        return "Precondition required";
    }

    @Override
    public int status() {
        return 428;
    }
}
