package app.waypoint.notifications;

import java.time.Instant;
import java.util.UUID;

/** An inbox entry as the recipient sees it. */
public record NotificationResponse(UUID id, String headline, String youngPersonRef, String link, Instant createdAt, Instant readAt,
                                   boolean read) {
}
