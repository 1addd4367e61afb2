package app.waypoint.testsupport;

import app.waypoint.calendar.WaypointClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;

/** Moves the application's (and the engine's) clock in tests, and puts it back. */
@ApplicationScoped
public class TestClock {

    private final WaypointClock clock;
    private final EngineJobs jobs;

    TestClock(WaypointClock clock, EngineJobs jobs) {
        this.clock = clock;
        this.jobs = jobs;
    }

    public LocalDate today() {
        return clock.today();
    }

    /** Moves to noon of {@code day} and runs whatever became due, but the nightly scans (see {@link EngineJobs}). */
    public void travelTo(LocalDate day) {
        noonOf(day);
        jobs.runDue();
    }

    /** Moves to noon of {@code day} and runs whatever became due, the nightly scans included. */
    public void travelToWithNightlyScans(LocalDate day) {
        noonOf(day);
        jobs.runDueWithNightlyScans();
    }

    private void noonOf(LocalDate day) {
        clock.travelTo(day);
        clock.shift(Duration.ofHours(12));
    }

    /** Back to real time, with the nightly timers put back on it (not left where a trip to the future scheduled them). */
    public void reset() {
        clock.shift(clock.offset().negated());
        jobs.rescheduleStartTimers();
    }
}
