package app.waypoint.pathwayreviews.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.youngpeople.InCareSince;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The looked-after review timetable (CPPCR 2010 reg 33): 20 working days, then 3 months, then every 6 months. */
class LookedAfterReviewTimetableTest {

    private final WorkingCalendar calendar = new WorkingCalendar(Optional::empty);
    private final LookedAfterReviewTimetable timetable = new LookedAfterReviewTimetable(new Defaults(), calendar);

    @Test
    void shouldDueTheFirstReview20WorkingDaysAfterComingIntoCareWithBankHolidaysSkipped() {
        // given a child who came into care on 1 December 2026, recorded that day, with no review yet
        LocalDate since = LocalDate.of(2026, 12, 1);

        // when / then the first review is due 20 working days later, Christmas Day and the Boxing Day holiday (Monday 28th) skipped
        assertThat(timetable.nextDue(child(since, since), List.of())).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void shouldDueTheSecondReview3MonthsAfterTheFirstAndLaterOnes6MonthsAfterTheLast() {
        LocalDate since = LocalDate.of(2026, 3, 2);
        LocalDate first = LocalDate.of(2026, 3, 25);
        LocalDate second = LocalDate.of(2026, 6, 20);
        InCareSince child = child(since, since);

        assertThat(timetable.nextDue(child, List.of(first))).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(timetable.nextDue(child, List.of(first, second))).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void shouldTakeReviewsDueBeforeTheRecordWasMadeAsHeldOnTime() {
        // given a child in care since 5 January 2026 whose record Waypoint made on 1 October 2026, with no review held in it
        LocalDate since = LocalDate.of(2026, 1, 5);
        InCareSince child = child(since, LocalDate.of(2026, 10, 1));

        // then the reviews due before the record (2 February, 2 May) count as held then, and the next is 6 months after the second
        assertThat(calendar.plusWorkingDays(since, 20)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(timetable.nextDue(child, List.of())).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void shouldCountAReviewHeldInWaypointRatherThanTheAssumedOneWhenItCameFirst() {
        // given a child recorded on the day they came into care, whose first review was held early, after 10 working days
        LocalDate since = LocalDate.of(2026, 1, 5);
        LocalDate heldEarly = LocalDate.of(2026, 1, 19);

        // then the second is due 3 months after the review that was held, not after the latest day it could have been
        assertThat(timetable.nextDue(child(since, since), List.of(heldEarly))).isEqualTo(LocalDate.of(2026, 4, 19));
    }

    @Test
    void shouldLeaveAnOverdueReviewOverdueWhenItFellDueAfterTheRecordWasMade() {
        // given a child recorded when they came into care on 5 January 2026, and no review held since
        LocalDate since = LocalDate.of(2026, 1, 5);

        // then the first review is still the one due, on 2 February, however late it now is
        assertThat(timetable.nextDue(child(since, since), List.of())).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    private static InCareSince child(LocalDate since, LocalDate recordedOn) {
        return new InCareSince(UUID.randomUUID(), since, recordedOn);
    }

    /** The configuration's defaults (domain notes §2a step 7). */
    private static final class Defaults implements PathwayReviewConfig {
        public int significantChangeWorkingDays() {
            return 28;
        }

        public int requestWorkingDays() {
            return 28;
        }

        public int inviteWorkingDays() {
            return 10;
        }

        public int signOffWorkingDays() {
            return 5;
        }

        public int maximumMonthsBetweenReviews() {
            return 6;
        }

        public int firstLookedAfterReviewWorkingDays() {
            return 20;
        }

        public int secondLookedAfterReviewMonths() {
            return 3;
        }

        public int sixMonthlyLeadWorkingDays() {
            return 10;
        }

        public int shareRecordWorkingDays() {
            return 10;
        }
    }
}
