package app.waypoint.disputes.domain.resolution;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.disputes.domain.records.DisputeStage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;

/** A dispute's deadlines: each falls at the end of the Nth working day after the step starts (bank holidays skipped). */
@ApplicationScoped
class DisputeTimetable {

    private final DisputeConfig config;
    private final WorkingCalendar calendar;

    DisputeTimetable(DisputeConfig config, WorkingCalendar calendar) {
        this.config = config;
        this.calendar = calendar;
    }

    Instant responseDue(DisputeStage stage, LocalDate today) {
        String key = stage.name().toLowerCase().replace('_', '-');
        return after(today, config.stageResponseWorkingDays().getOrDefault(key, config.responseWorkingDays()));
    }

    Instant formalLimit(LocalDate today) {
        return after(today, config.formalLimitWorkingDays());
    }

    /** When the IRO should have judged a response or decided on a Cafcass referral. */
    Instant iroDue(LocalDate today) {
        return after(today, config.iroWorkingDays());
    }

    private Instant after(LocalDate today, int workingDays) {
        return WaypointClock.endOf(calendar.plusWorkingDays(today, workingDays));
    }
}
