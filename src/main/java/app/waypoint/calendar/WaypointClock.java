package app.waypoint.calendar;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The one clock of the application, and of the process engine (the engine follows every shift). Time runs with the
 * system clock plus an offset; tests shift it forward to make deadlines pass and timers fire without sleeping.
 * Dates are those of England ({@code Europe/London}).
 */
@Singleton
public class WaypointClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock system;
    private final Event<ClockShifted> shifts;
    private volatile Duration offset = Duration.ZERO;

    @Inject
    WaypointClock(Event<ClockShifted> shifts) {
        this(Clock.systemUTC(), shifts);
    }

    WaypointClock(Clock system, Event<ClockShifted> shifts) {
        this.system = system;
        this.shifts = shifts;
    }

    public Instant now() {
        return system.instant().plus(offset);
    }

    public LocalDate today() {
        return dayOf(now());
    }

    /** Moves time forward (or back) by {@code amount}, for the application and the engine alike. */
    public void shift(Duration amount) {
        offset = offset.plus(amount);
        shifts.fire(new ClockShifted(offset));
    }

    /** Moves time to the start of {@code day} in England (no-op for the offset sign: it may go back). */
    public void travelTo(LocalDate day) {
        shift(Duration.between(now(), startOf(day)));
    }

    /** The current offset from the system clock (zero in production). */
    public Duration offset() {
        return offset;
    }

    /** The day in England that {@code instant} falls on. */
    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** The first instant of {@code day} in England. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** The last second of {@code day} in England: a task due that day becomes overdue after it. */
    public static Instant endOf(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), ZONE).toInstant();
    }

    /** Announced after every shift, with the new total offset. */
    public record ClockShifted(Duration offset) {
    }
}
