package app.waypoint.tasks.api;

import jakarta.validation.constraints.Size;
import java.util.Map;

/** The form values that complete a task, keyed by field id (dates as yyyy-MM-dd). */
public record CompletionRequest(@Size(max = 100) Map<String, Object> values) {

    Map<String, Object> valuesOrEmpty() {
        return values == null ? Map.of() : values;
    }
}
