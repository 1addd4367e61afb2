package app.waypoint.supervision.domain.frequency;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.supervision.domain.frequency.SupervisionFrequency.Cadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LGA Employer Standard 5: newly qualified weekly for 6 weeks, fortnightly to 6 months, then monthly; others monthly. */
class SupervisionFrequencyTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void shouldBeDueWeeklyThenFortnightlyThenMonthlyOverSevenMonthsWhenNewlyQualifiedWorkerStartsOnAMonday() {
        // given
        assertThat(MONDAY.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);

        // when every session is held on the day it is due, over 7 months (and the week after, to see the first monthly one)
        List<LocalDate> due = SupervisionFrequency.dueDates(MONDAY, true, null, MONDAY.plusMonths(7).plusWeeks(1));

        // then 6 weekly sessions, fortnightly ones until 6 months, then monthly
        List<Long> gaps = new ArrayList<>();
        LocalDate previous = MONDAY;
        for (LocalDate date : due) {
            gaps.add(ChronoUnit.DAYS.between(previous, date));
            previous = date;
        }
        assertThat(due.subList(0, 6)).containsExactly(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), MONDAY.plusWeeks(3), MONDAY.plusWeeks(4),
                MONDAY.plusWeeks(5), MONDAY.plusWeeks(6));
        assertThat(gaps.subList(0, 6)).containsOnly(7L);
        List<LocalDate> fortnightly = due.stream().filter(date -> date.isAfter(MONDAY.plusWeeks(6))
                && !date.isAfter(MONDAY.plusMonths(6).plusWeeks(1))).toList();
        assertThat(fortnightly).first().isEqualTo(MONDAY.plusWeeks(8));
        assertThat(fortnightly).hasSize(10).allSatisfy(date -> assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(fortnightly).last().isEqualTo(LocalDate.of(2027, 7, 5));
        assertThat(due.subList(6, 16)).isEqualTo(fortnightly);
        assertThat(gaps.subList(6, 16)).containsOnly(14L);
        assertThat(due.subList(16, due.size())).containsExactly(LocalDate.of(2027, 8, 5));
        assertThat(SupervisionFrequency.nextDue(LocalDate.of(2027, 8, 5), MONDAY, true, null)).isEqualTo(LocalDate.of(2027, 9, 5));
    }

    @Test
    void shouldFollowTheCadenceOfTheDayOfTheLastSessionWhenSessionsAreHeldLate() {
        // when a newly qualified worker's session in week 5 is held on day 40 (after the weekly period)
        LocalDate heldOn = MONDAY.plusDays(40);

        // then the next is due a fortnight later, and from 6 months on a month later
        assertThat(SupervisionFrequency.cadenceOn(heldOn, MONDAY, true)).isEqualTo(Cadence.WEEKLY);
        assertThat(SupervisionFrequency.nextDue(MONDAY.plusDays(42), MONDAY, true, null)).isEqualTo(MONDAY.plusDays(56));
        assertThat(SupervisionFrequency.nextDue(MONDAY.plusMonths(6), MONDAY, true, null)).isEqualTo(MONDAY.plusMonths(7));
    }

    @Test
    void shouldBeDueMonthlyOrAtTheConfiguredWeeksWhenNotNewlyQualified() {
        // when / then
        assertThat(SupervisionFrequency.dueDates(MONDAY, false, null, MONDAY.plusMonths(3)))
                .containsExactly(MONDAY.plusMonths(1), MONDAY.plusMonths(2), MONDAY.plusMonths(3));
        assertThat(SupervisionFrequency.dueDates(MONDAY, false, 4, MONDAY.plusWeeks(12)))
                .containsExactly(MONDAY.plusWeeks(4), MONDAY.plusWeeks(8), MONDAY.plusWeeks(12));
        assertThat(SupervisionFrequency.describe(Cadence.STANDARD, 4)).isEqualTo("every 4 weeks");
    }
}
