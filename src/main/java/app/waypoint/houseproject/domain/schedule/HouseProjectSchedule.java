package app.waypoint.houseproject.domain.schedule;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Date;

/**
 * Due dates of the House Project move's steps (domain notes §2d), called from the model's expressions as
 * {@code ${houseProjectSchedule.…}}. Every step is due at the end of its day.
 */
@Named("houseProjectSchedule")
@ApplicationScoped
public class HouseProjectSchedule {

    private final HouseProjectConfig config;
    private final WorkingCalendar calendar;
    private final WaypointClock clock;

    HouseProjectSchedule(HouseProjectConfig config, WorkingCalendar calendar, WaypointClock clock) {
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Date applicationDue() {
        return workingDaysFromToday(config.applicationWorkingDays());
    }

    public Date interviewDue() {
        return workingDaysFromToday(config.interviewWorkingDays());
    }

    public Date offerDue() {
        return workingDaysFromToday(config.offerWorkingDays());
    }

    public Date readinessDue() {
        return workingDaysFromToday(config.readinessWorkingDays());
    }

    public Date propertyDue() {
        return workingDaysFromToday(config.propertyWorkingDays());
    }

    public Date suitabilityDue() {
        return workingDaysFromToday(config.suitabilityWorkingDays());
    }

    public Date settingUpHomeDue() {
        return workingDaysFromToday(config.settingUpHomeWorkingDays());
    }

    public Date moveInDue() {
        return workingDaysFromToday(config.moveInWorkingDays());
    }

    /** A weekly session's attendance is due on the session's day (ISO-8601 text). */
    public Date sessionDue(String sessionOn) {
        return endOf(LocalDate.parse(sessionOn));
    }

    /** [S] the personal adviser visits within 7 days of the move-in (calendar days, not working days). */
    public Date visitDue(Date movedInOn) {
        return endOf(localDate(movedInOn).plusDays(config.visitDays()));
    }

    /** The day of the next sustainment check: 6, 12 then 24 months after the move-in (calendar months, clamped to month end). */
    public Date checkDue(Date movedInOn, long checksDone) {
        return endOf(checkDay(localDate(movedInOn), checksDone));
    }

    /** When the next sustainment check appears in the tasklist: some working days before it is due. */
    public Date checkOpensAt(Date movedInOn, long checksDone) {
        LocalDate due = checkDay(localDate(movedInOn), checksDone);
        return Date.from(WaypointClock.startOf(calendar.minusWorkingDays(due, config.sustainmentCheckLeadWorkingDays())));
    }

    /** The first weekly session on or after today, the cohort's sessions falling on its start day each week. */
    public LocalDate firstSession(LocalDate cohortStartsOn) {
        LocalDate session = cohortStartsOn;
        while (session.isBefore(clock.today())) {
            session = session.plusWeeks(1);
        }
        return session;
    }

    public boolean isLastCheck(long checksDone) {
        return checksDone + 1 >= config.sustainmentCheckMonths().size();
    }

    private LocalDate checkDay(LocalDate movedInOn, long checksDone) {
        return calendar.plusMonths(movedInOn, config.sustainmentCheckMonths().get((int) checksDone));
    }

    private Date workingDaysFromToday(int days) {
        return endOf(calendar.plusWorkingDays(clock.today(), days));
    }

    private static LocalDate localDate(Date day) {
        return WaypointClock.dayOf(day.toInstant());
    }

    private static Date endOf(LocalDate day) {
        return Date.from(WaypointClock.endOf(day));
    }
}
