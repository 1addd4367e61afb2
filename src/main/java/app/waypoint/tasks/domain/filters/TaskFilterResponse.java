package app.waypoint.tasks.domain.filters;

import java.util.UUID;

/**
 * A filter of the work tray and how many open tasks it holds for the caller now. A built-in filter has a word for its id
 * ({@code mine}, {@code overdue}, …) and no criteria shown; a saved one its own id and the criteria it was saved with.
 */
public record TaskFilterResponse(String id, String name, boolean saved, long count, String scope, String processKey, UUID youngPersonId,
                                 boolean overdue) {
}
