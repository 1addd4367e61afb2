package app.waypoint.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RetrySchedule DEFAULTS = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(1), 8);
    private static final Instant FAILED_AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void shouldDoubleTheWaitAfterEachFailureUpToTheCap() {
        // when / then
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(DEFAULTS::delayAfter).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(DEFAULTS.delayAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldScheduleNextAttemptFromTheFailureWhenAttemptsRemain() {
        assertThat(DEFAULTS.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(4)));
    }

    @Test
    void shouldGiveUpWhenTheLastAttemptFailed() {
        assertThat(DEFAULTS.nextAttempt(7, FAILED_AT)).isPresent();
        assertThat(DEFAULTS.nextAttempt(8, FAILED_AT)).isEmpty();
    }

    @Test
    void shouldRefuseAScheduleWhoseCapIsBelowTheFirstWait() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ofMinutes(5), Duration.ofMinutes(1), 8))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
