package app.waypoint.tasks.domain.task;

import java.time.Instant;

public record CommentResponse(String id, String author, Instant time, String message) {
}
