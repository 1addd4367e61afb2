package app.waypoint.transitions;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.status.AgeDates;
import app.waypoint.people.status.KeyDates;
import app.waypoint.people.youngpeople.CareStatusService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

/**
 * Due dates and timer dates of the leaving-care transition (domain notes §2a and §4), called from the model's
 * expressions as {@code ${transitionSchedule.…(youngPersonId)}}. Statutory deadlines are never moved; local ones are
 * given a floor of some working days when a transition opens late, so nobody starts with an impossible local target.
 */
@Named("transitionSchedule")
@ApplicationScoped
public class TransitionSchedule {

    static final int LOCAL_FLOOR_WORKING_DAYS = 10;
    static final int PLAN_AFTER_ASSESSMENT_WORKING_DAYS = 20;

    private final CareStatusService statuses;
    private final WorkingCalendar calendar;
    private final WaypointClock clock;

    TransitionSchedule(CareStatusService statuses, WorkingCalendar calendar, WaypointClock clock) {
        this.statuses = statuses;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** [L] the personal adviser joins from 16: by the 16th birthday, or 10 working days after a late opening. */
    public Date personalAdviserDue(String youngPersonId) {
        return due(notBefore(ageDates(youngPersonId).sixteenth(), LOCAL_FLOOR_WORKING_DAYS));
    }

    /** [S] CPPCR 2010 reg 42(1): 3 months after the 16th birthday or after becoming eligible, whichever is later. */
    public Date needsAssessmentDue(String youngPersonId) {
        KeyDates dates = keyDates(youngPersonId);
        return due(dates.needsAssessmentDue().orElse(calendar.plusMonths(dates.sixteenth(), 3)));
    }

    /** [S] as soon as possible after the assessment; [L] by 16 years 3 months, else 20 working days after the assessment. */
    public Date pathwayPlanDue(String youngPersonId) {
        return due(notBefore(calendar.plusMonths(ageDates(youngPersonId).sixteenth(), 3), PLAN_AFTER_ASSESSMENT_WORKING_DAYS));
    }

    /** [L] staying put is discussed before 17. */
    public Date stayingPutDecisionDue(String youngPersonId) {
        return due(notBefore(ageDates(youngPersonId).sixteenth().plusYears(1), LOCAL_FLOOR_WORKING_DAYS));
    }

    /** [L] the manager's staying-put approval is settled by 17 years 6 months (inspections found managers slow here). */
    public Date stayingPutApprovalDue(String youngPersonId) {
        return due(notBefore(ageDates(youngPersonId).stayingPutAgreedBy(), LOCAL_FLOOR_WORKING_DAYS));
    }

    /** [L] the health summary is prepared in the 6 months before 18. */
    public Date healthSummaryStarts(String youngPersonId) {
        return start(calendar.plusMonths(ageDates(youngPersonId).eighteenth(), -6));
    }

    /** [L] issued before the last review before 18: by the day before the 18th birthday. */
    public Date healthSummaryDue(String youngPersonId) {
        return due(notBefore(ageDates(youngPersonId).eighteenth().minusDays(1), LOCAL_FLOOR_WORKING_DAYS));
    }

    /** [L] the transfer meeting is held as near 18 as possible: the task opens a month before. */
    public Date transferStarts(String youngPersonId) {
        return start(calendar.plusMonths(ageDates(youngPersonId).eighteenth(), -1));
    }

    public Date transferDue(String youngPersonId) {
        return due(notBefore(ageDates(youngPersonId).eighteenth(), LOCAL_FLOOR_WORKING_DAYS));
    }

    /** [S] s23CZB: a personal adviser to 25 is offered at 21; the task opens a month before. */
    public Date offerStarts(String youngPersonId) {
        return start(calendar.plusMonths(ageDates(youngPersonId).twentyFirst(), -1));
    }

    public Date offerDue(String youngPersonId) {
        return due(notBefore(ageDates(youngPersonId).twentyFirst(), LOCAL_FLOOR_WORKING_DAYS));
    }

    public Date twentyFifthBirthday(String youngPersonId) {
        return start(ageDates(youngPersonId).twentyFifth());
    }

    /** Closing is recorded within 10 working days of the point of closure. */
    public Date closureDue(String youngPersonId) {
        return due(calendar.plusWorkingDays(clock.today(), LOCAL_FLOOR_WORKING_DAYS));
    }

    /** With the needs assessment's date, which depends on their care history: the young person's record is read whole. */
    private KeyDates keyDates(String youngPersonId) {
        return statuses.keyDates(UUID.fromString(youngPersonId));
    }

    /** The dates from the date of birth alone: one statement. */
    private AgeDates ageDates(String youngPersonId) {
        return statuses.ageDates(UUID.fromString(youngPersonId));
    }

    private LocalDate notBefore(LocalDate target, int workingDaysFromToday) {
        LocalDate floor = calendar.plusWorkingDays(clock.today(), workingDaysFromToday);
        return target.isBefore(floor) ? floor : target;
    }

    private static Date due(LocalDate day) {
        return Date.from(WaypointClock.endOf(day));
    }

    private static Date start(LocalDate day) {
        return Date.from(WaypointClock.startOf(day));
    }
}
