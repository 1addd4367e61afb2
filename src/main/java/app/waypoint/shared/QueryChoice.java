package app.waypoint.shared;

import java.util.Arrays;

/** Reads a query parameter that takes one of an enum's values, case-insensitively; anything else is a 400 naming it. */
public final class QueryChoice {

    private QueryChoice() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()).toLowerCase());
        }
    }
}
