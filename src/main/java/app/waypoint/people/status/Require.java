package app.waypoint.people.status;

import java.util.List;

/** Argument checks that fail with {@link IllegalArgumentException}, as the status rules promise. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    /** An unmodifiable copy of a list that must be present and hold no empty entries. */
    static <T> List<T> entries(List<T> values, String name) {
        present(values, name);
        for (T value : values) {
            present(value, "every entry of " + name);
        }
        return List.copyOf(values);
    }
}
