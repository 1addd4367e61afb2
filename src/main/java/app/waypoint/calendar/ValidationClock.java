package app.waypoint.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/** Bean Validation's "today" (e.g. {@code shared.PlausibleDate}) is the application's clock, so it moves with the test clock. */
@ApplicationScoped
class ValidationClock implements ClockProvider {

    private final WaypointClock clock;

    ValidationClock(WaypointClock clock) {
        this.clock = clock;
    }

    @Override
    public Clock getClock() {
        return Clock.fixed(clock.now(), WaypointClock.ZONE);
    }
}
