package app.waypoint.tasks;

import java.util.Map;

/** The form values that complete a task, keyed by field id (dates as yyyy-MM-dd). */
public record CompletionRequest(Map<String, Object> values) {

    Map<String, Object> valuesOrEmpty() {
        return values == null ? Map.of() : values;
    }
}
