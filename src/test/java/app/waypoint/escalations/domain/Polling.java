package app.waypoint.escalations.domain;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting in the integration tests, whose replicas are separate processes: a quarter of a second between looks. */
final class Polling {

    static final Duration POLL = Duration.ofMillis(250);

    private Polling() {
    }

    static void await(String what, Duration within, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Gave up waiting after %s: %s", within, what);
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
