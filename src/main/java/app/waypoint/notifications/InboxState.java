package app.waypoint.notifications;

/** What the notification stream sends: the unread count and the newest unread notification (null when none is unread). */
public record InboxState(long unread, NotificationResponse latest) {
}
