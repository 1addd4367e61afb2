package app.waypoint.people.youngpeople;

import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.StatusAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The status kept on the young person's row for the caseload list (filtered and sorted in the database), and how long it holds.
 * A status changes only on a day the rules look at: a birthday that matters (14, 16 and the day after, 18, 21, 25), the day
 * eligibility begins, the start, end or day after the end of an episode of care or a custody, hospital or home-with-parent
 * period, and 6 months into a period at home. A child under 18 whose care goes on can also change as days in care add up
 * (13 weeks since 14, short breaks past their limits), so for them the stored status is looked at again within a week at the latest.
 */
final class StoredStatus {

    static final int UNDER_18_IN_CARE_RECHECK_DAYS = 7;

    private StoredStatus() {
    }

    /**
     * Keeps the status worked out for {@code today} on the row, with the first day it may no longer hold. The row is written only
     * when what it holds is no longer true: another status, a status for a later day, or a day it holds until that has come or
     * lies beyond the first possible change. An earlier day is still true (the status is looked at again sooner than needed), so
     * reading a record does not write it: a child in care, looked at again within a week, would otherwise be written on every
     * first read of a day (each transition opened for them, each review started).
     */
    static void keep(YoungPerson person, StatusAssessment assessment, LocalDate today) {
        LocalDate until = nextPossibleChange(person, assessment, today);
        if (assessment.status() != person.careStatus || person.statusOn == null || person.statusOn.isAfter(today) || person.statusUntil == null
                || !person.statusUntil.isAfter(today) || person.statusUntil.isAfter(until)) {
            person.careStatus = assessment.status();
            person.statusOn = today;
            person.statusUntil = until;
        }
    }

    static LocalDate nextPossibleChange(YoungPerson person, StatusAssessment assessment, LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate born = person.dateOfBirth;
        for (int age : new int[] {14, 16, 18, 21, 25}) {
            days.add(Birthdays.anniversary(born, age));
        }
        days.add(Birthdays.anniversary(born, 16).plusDays(1));
        assessment.keyDates().eligibleFrom().ifPresent(days::add);
        boolean inCare = false;
        for (EpisodeOfCare episode : person.episodes) {
            days.add(episode.startDate);
            if (episode.endDate == null) {
                inCare = true;
            } else {
                days.add(episode.endDate);
                days.add(episode.endDate.plusDays(1));
            }
        }
        for (LifePeriod period : person.lifePeriods) {
            days.add(period.startDate);
            days.add(period.startDate.plusMonths(6));
            days.add(period.startDate.plusMonths(6).plusDays(1));
            if (period.endDate != null) {
                days.add(period.endDate);
                days.add(period.endDate.plusDays(1));
            }
        }
        if (inCare && today.isBefore(Birthdays.anniversary(born, 18))) {
            days.add(today.plusDays(UNDER_18_IN_CARE_RECHECK_DAYS));
        }
        return days.stream().filter(day -> day.isAfter(today)).min(LocalDate::compareTo).orElse(LocalDate.of(9999, 12, 31));
    }
}
