package app.waypoint.supervision.domain.frequency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a worker is supervised (LGA Employer Standard 5): a newly qualified social worker weekly for the first 6 weeks
 * from their start date, fortnightly until 6 months, then as everyone else; everyone else at the standard interval
 * (calendar-monthly unless a number of weeks is set). The next session is due one interval after the last one held (or
 * after the start date), the interval being the one that applies on that day.
 */
public final class SupervisionFrequency {

    static final int WEEKLY_FOR_WEEKS = 6;
    static final int FORTNIGHTLY_UNTIL_MONTHS = 6;

    /** The interval that applies on a day. */
    public enum Cadence {
        WEEKLY, FORTNIGHTLY, STANDARD
    }

    private SupervisionFrequency() {
    }

    public static Cadence cadenceOn(LocalDate day, LocalDate startedOn, boolean newlyQualified) {
        if (newlyQualified && day.isBefore(startedOn.plusWeeks(WEEKLY_FOR_WEEKS))) {
            return Cadence.WEEKLY;
        }
        if (newlyQualified && day.isBefore(startedOn.plusMonths(FORTNIGHTLY_UNTIL_MONTHS))) {
            return Cadence.FORTNIGHTLY;
        }
        return Cadence.STANDARD;
    }

    /**
     * When the next session is due.
     *
     * @param lastHeldOn            the day the last session was held, or null if none has been
     * @param standardIntervalWeeks weeks between standard sessions, or null for calendar-monthly
     */
    public static LocalDate nextDue(LocalDate lastHeldOn, LocalDate startedOn, boolean newlyQualified, Integer standardIntervalWeeks) {
        LocalDate from = lastHeldOn == null ? startedOn : lastHeldOn;
        return switch (cadenceOn(from, startedOn, newlyQualified)) {
            case WEEKLY -> from.plusWeeks(1);
            case FORTNIGHTLY -> from.plusWeeks(2);
            case STANDARD -> standardIntervalWeeks == null ? from.plusMonths(1) : from.plusWeeks(standardIntervalWeeks);
        };
    }

    /** The due dates up to {@code until} if every session is held on the day it is due. */
    static List<LocalDate> dueDates(LocalDate startedOn, boolean newlyQualified, Integer standardIntervalWeeks, LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate due = nextDue(null, startedOn, newlyQualified, standardIntervalWeeks);
        while (!due.isAfter(until)) {
            dates.add(due);
            due = nextDue(due, startedOn, newlyQualified, standardIntervalWeeks);
        }
        return dates;
    }

    /** How the cadence on a day reads, e.g. {@code monthly} or {@code every 4 weeks}. */
    public static String describe(Cadence cadence, Integer standardIntervalWeeks) {
        return switch (cadence) {
            case WEEKLY -> "weekly";
            case FORTNIGHTLY -> "fortnightly";
            case STANDARD -> standardIntervalWeeks == null ? "monthly" : "every " + standardIntervalWeeks + " weeks";
        };
    }
}
