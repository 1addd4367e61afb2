package app.waypoint.notifications;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The live inbox state of one member of staff. It polls the database (so it sees notifications written by any replica)
 * every {@code waypoint.notifications.stream-poll-interval}, and emits the first state at once and then only changes.
 * The polling stops when the client goes away.
 */
@ApplicationScoped
public class NotificationStream {

    private final NotificationService notifications;
    private final Duration pollInterval;

    NotificationStream(NotificationService notifications, NotificationsConfig config) {
        this.notifications = notifications;
        this.pollInterval = config.streamPollInterval();
    }

    public Multi<InboxState> of(String username) {
        Multi<Long> polls = Multi.createBy().concatenating().streams(
                Multi.createFrom().item(0L),
                Multi.createFrom().ticks().every(pollInterval).onOverflow().drop());
        return polls
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(poll -> notifications.inboxState(username))
                .skip().repetitions()
                .onCancellation().invoke(() -> Log.debug("Notification stream closed by its client"));
    }
}
