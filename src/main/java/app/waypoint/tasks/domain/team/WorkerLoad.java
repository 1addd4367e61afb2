package app.waypoint.tasks.domain.team;

/** One member of a team and the open tasks assigned to them, how many of them overdue. */
public record WorkerLoad(String username, String displayName, String role, long open, long overdue) {
}
