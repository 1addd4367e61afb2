package app.waypoint.shared.problem;

import app.waypoint.shared.WaypointException.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;

/** The field a JSON body is refused for (a JSON path such as {@code headings.health.actions[2].dueDate}) and why, where known. */
final class JsonErrors {

    private JsonErrors() {
    }

    static List<FieldError> of(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            return List.of(new FieldError(field, mapping instanceof UnrecognizedPropertyException
                    ? "is not a field of this request" : "has a value of the wrong type or format"));
        }
        if (e instanceof StreamReadException read && read.getProcessor() != null
                && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return List.of(new FieldError(path(read.getProcessor().getParsingContext()), "is given more than once"));
        }
        return List.of();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            parts.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName());
        }
        return String.join("", parts).replaceFirst("^\\.", "");
    }
}
