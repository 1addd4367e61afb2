package app.waypoint.tasks.domain;

import java.time.Instant;

public record CommentResponse(String id, String author, Instant time, String message) {
}
