package app.waypoint.shared;

import java.util.List;

/** The request is malformed or misses a required field: 400 with the fields at fault. */
public class InvalidInputException extends WaypointException {

    public InvalidInputException(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException("The request has an invalid field: " + field + ".", List.of(new FieldError(field, message)));
    }

    @Override
    public String type() {
        return "invalid-input";
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public int status() {
        return 400;
    }
}
