package app.waypoint.risks.domain.flags;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.risks.domain.records.RiskKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** When a manager's decision on a concern is due: working days (bank holidays skipped) after it was raised, fewer when urgent. */
@ApplicationScoped
class RiskTimetable {

    private final RiskConfig config;
    private final WorkingCalendar calendar;

    RiskTimetable(RiskConfig config, WorkingCalendar calendar) {
        this.config = config;
        this.calendar = calendar;
    }

    LocalDate decisionDue(RiskKind kind, LocalDate raisedOn) {
        return calendar.plusWorkingDays(raisedOn, kind.urgent() ? config.urgentDecisionWorkingDays() : config.decisionWorkingDays());
    }
}
