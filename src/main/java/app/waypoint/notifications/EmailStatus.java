package app.waypoint.notifications;

/** Where a notification's e-mail is: waiting to be sent (or retried), sent, given up after the last attempt, or none to send. */
enum EmailStatus {
    PENDING, SENT, FAILED, NONE
}
