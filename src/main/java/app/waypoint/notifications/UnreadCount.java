package app.waypoint.notifications;

/** How many of the caller's notifications are unread. */
public record UnreadCount(long unread) {
}
