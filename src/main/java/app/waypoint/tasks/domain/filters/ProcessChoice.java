package app.waypoint.tasks.domain.filters;

/** A process people have tasks in, to filter a list by. */
public record ProcessChoice(String key, String name) {
}
