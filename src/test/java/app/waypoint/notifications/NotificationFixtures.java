package app.waypoint.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** Notices with unique event keys, notified in a transaction of their own, and a look at the stored row. */
@ApplicationScoped
public class NotificationFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final NotificationService notifications;
    private final NotificationRepository repository;

    NotificationFixtures(NotificationService notifications, NotificationRepository repository) {
        this.notifications = notifications;
        this.repository = repository;
    }

    /** A notice about young person LOC-1 for {@code recipient}, with an event key no other test uses. */
    public Notice notice(String recipient, String headline) {
        return new Notice("test:" + System.nanoTime() + ":" + SEQUENCE.incrementAndGet(), recipient, headline, "LOC-1", "/tasks/1");
    }

    /** Notifies in a transaction that commits, as the event's own transaction would. */
    public void notifyCommitted(Notice notice) {
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(notice));
    }

    /** The stored row for an event and recipient, detached, to check its e-mail state. */
    Notification stored(Notice notice) {
        return QuarkusTransaction.requiringNew().call(() -> repository
                .find("eventKey = ?1 and recipientUsername = ?2", notice.eventKey(), notice.recipientUsername())
                .singleResult());
    }

    long count(Notice notice) {
        return QuarkusTransaction.requiringNew().call(() -> repository
                .count("eventKey = ?1 and recipientUsername = ?2", notice.eventKey(), notice.recipientUsername()));
    }
}
