package app.waypoint.shared;

import java.util.ArrayList;
import java.util.List;

/** Validated paging parameters: page from 0, size from 1 to {@value #MAX_SIZE}, and no further than the database can count. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 200;

    public Paging {
        List<WaypointException.FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new WaypointException.FieldError("page", "must be 0 or more"));
        } else if ((long) page * Math.max(size, 1) > Integer.MAX_VALUE) {
            errors.add(new WaypointException.FieldError("page", "is beyond the last page there could be"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new WaypointException.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Invalid paging.", errors);
        }
    }

    public int offset() {
        return page * size;
    }
}
