package app.waypoint.engine;

import app.waypoint.calendar.WaypointClock.ClockShifted;
import app.waypoint.calendar.WaypointClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;

/** Keeps the engine's clock (timers, due dates, job acquisition) on the application's {@link WaypointClock}. */
@ApplicationScoped
class EngineClock {

    private final WaypointClock clock;

    EngineClock(WaypointClock clock) {
        this.clock = clock;
    }

    void onEngineStart(@Observes CamundaEngineStartupEvent event) {
        follow(clock.offset().toMillis());
    }

    void onShift(@Observes ClockShifted shifted) {
        follow(shifted.offset().toMillis());
    }

    private static void follow(long offsetMillis) {
        if (offsetMillis == 0) {
            ClockUtil.reset();
        } else {
            ClockUtil.offset(offsetMillis);
        }
    }
}
