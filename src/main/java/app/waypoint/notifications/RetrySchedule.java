package app.waypoint.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed e-mail again: {@code first} after the first failure, doubling after each further one up to
 * {@code max}, and never again after {@code maxAttempts} attempts.
 */
record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry needs 0 < first <= max and at least one attempt");
        }
    }

    static RetrySchedule of(NotificationsConfig config) {
        return new RetrySchedule(config.firstRetry(), config.maxRetry(), config.maxAttempts());
    }

    /** The next attempt after {@code attempts} failed ones, counted from {@code failedAt}; empty when it is time to give up. */
    Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attempts)));
    }

    Duration delayAfter(int attempts) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 31) {
            return max;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
