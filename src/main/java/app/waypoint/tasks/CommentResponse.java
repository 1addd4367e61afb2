package app.waypoint.tasks;

import java.time.Instant;

public record CommentResponse(String id, String author, Instant time, String message) {
}
