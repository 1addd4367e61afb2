package app.waypoint.shared.problem;

import app.waypoint.shared.WaypointException.FieldError;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    static final String TYPE_BASE = "https://waypoint.app/problems/";
    static final String MEDIA_TYPE = "application/problem+json";
}
