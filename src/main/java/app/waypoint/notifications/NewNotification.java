package app.waypoint.notifications;

import java.time.Instant;
import java.util.UUID;

/** A notification to record: the notice, when, and whether its e-mail waits to be sent (from {@code emailNextAttemptAt}). */
record NewNotification(UUID id, Notice notice, Instant createdAt, EmailStatus emailStatus, Instant emailNextAttemptAt) {
}
