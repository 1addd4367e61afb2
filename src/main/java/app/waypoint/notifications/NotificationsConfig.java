package app.waypoint.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Configuration of notification delivery under {@code waypoint.notifications}. */
@ConfigMapping(prefix = "waypoint.notifications")
public interface NotificationsConfig {

    /**
     * How often each replica looks for e-mails due ({@code waypoint.notifications.delivery-interval}, default 5 s). Read by
     * the schedule of {@link NotificationDelivery}; tests turn the scheduler off and call {@code deliverDue()}.
     */
    @WithDefault("5s")
    Duration deliveryInterval();

    /** How many e-mails one replica takes at a time ({@code waypoint.notifications.batch-size}). */
    @WithDefault("50")
    int batchSize();

    /** Attempts per e-mail before it is given up as FAILED ({@code waypoint.notifications.max-attempts}). */
    @WithDefault("8")
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each further one ({@code waypoint.notifications.first-retry}). */
    @WithDefault("1m")
    Duration firstRetry();

    /** The longest wait between two attempts ({@code waypoint.notifications.max-retry}). */
    @WithDefault("1h")
    Duration maxRetry();

    /**
     * How long an e-mail taken for sending stays reserved for the replica that took it ({@code waypoint.notifications.claim-lease}).
     * If that replica dies before recording the outcome, another takes the e-mail after this.
     */
    @WithDefault("10m")
    Duration claimLease();

    /** How often an open notification stream checks the inbox ({@code waypoint.notifications.stream-poll-interval}). */
    @WithDefault("2s")
    Duration streamPollInterval();
}
