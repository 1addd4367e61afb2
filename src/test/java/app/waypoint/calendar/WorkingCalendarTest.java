package app.waypoint.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingCalendarTest {

    private static final LocalDate FRIDAY_BEFORE_CHRISTMAS_2025 = LocalDate.of(2025, 12, 19);

    private final WorkingCalendar calendar = new WorkingCalendar(BankHolidays.shipped());

    @Test
    void shouldBeWorkingDayWhenOrdinaryWeekday() {
        // given
        LocalDate wednesday = LocalDate.of(2025, 6, 4);

        // when
        boolean working = calendar.isWorkingDay(wednesday);

        // then
        assertThat(working).isTrue();
    }

    @Test
    void shouldNotBeWorkingDayWhenWeekend() {
        // given
        LocalDate saturday = LocalDate.of(2025, 6, 7);
        LocalDate sunday = LocalDate.of(2025, 6, 8);

        // when / then
        assertThat(calendar.isWorkingDay(saturday)).isFalse();
        assertThat(calendar.isWorkingDay(sunday)).isFalse();
    }

    @Test
    void shouldNotBeWorkingDayWhenBankHoliday() {
        // given
        LocalDate christmasDay = LocalDate.of(2025, 12, 25);

        // when
        boolean working = calendar.isWorkingDay(christmasDay);

        // then
        assertThat(working).isFalse();
    }

    @Test
    void shouldSkipOnlyWeekendsWhenDateIsOutsideCoveredYears() {
        // given
        LocalDate christmasDay2035 = LocalDate.of(2035, 12, 25); // a Tuesday

        // when
        LocalDate next = calendar.plusWorkingDays(LocalDate.of(2035, 12, 24), 1);

        // then
        assertThat(calendar.isWorkingDay(christmasDay2035)).isTrue();
        assertThat(next).isEqualTo(christmasDay2035);
    }

    @Test
    void shouldReturnSameDateWhenAddingZeroWorkingDays() {
        // given
        LocalDate saturday = LocalDate.of(2025, 6, 7);

        // when
        LocalDate result = calendar.plusWorkingDays(saturday, 0);

        // then
        assertThat(result).isEqualTo(saturday);
        assertThat(calendar.minusWorkingDays(saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void shouldSkipChristmasAndBoxingDayWhenAddingWorkingDaysOverChristmas() {
        // given
        LocalDate friday = FRIDAY_BEFORE_CHRISTMAS_2025;

        // when
        LocalDate plusThree = calendar.plusWorkingDays(friday, 3);
        LocalDate plusFour = calendar.plusWorkingDays(friday, 4);
        LocalDate plusFive = calendar.plusWorkingDays(friday, 5);

        // then
        assertThat(plusThree).isEqualTo(LocalDate.of(2025, 12, 24));
        assertThat(plusFour).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(plusFive).isEqualTo(LocalDate.of(2025, 12, 30));
    }

    @Test
    void shouldSkipSubstituteDaysWhenChristmasFallsAtWeekend() {
        // given
        LocalDate christmasEve2027 = LocalDate.of(2027, 12, 24); // a Friday; 27 and 28 are substitute days

        // when
        LocalDate next = calendar.plusWorkingDays(christmasEve2027, 1);

        // then
        assertThat(next).isEqualTo(LocalDate.of(2027, 12, 29));
    }

    @Test
    void shouldSkipGoodFridayAndEasterMondayWhenAddingWorkingDaysOverEaster() {
        // given
        LocalDate maundyThursday = LocalDate.of(2025, 4, 17);

        // when
        LocalDate next = calendar.plusWorkingDays(maundyThursday, 1);

        // then
        assertThat(next).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void shouldSkipBankHolidayMondayWhenAddingOneWorkingDayToFriday() {
        // given
        LocalDate fridayBeforeSpringBankHoliday = LocalDate.of(2025, 5, 23);

        // when
        LocalDate next = calendar.plusWorkingDays(fridayBeforeSpringBankHoliday, 1);

        // then
        assertThat(next).isEqualTo(LocalDate.of(2025, 5, 27));
    }

    @Test
    void shouldStartCountingNextDayWhenFromIsNotWorkingDay() {
        // given
        LocalDate saturday = LocalDate.of(2025, 6, 7);

        // when
        LocalDate next = calendar.plusWorkingDays(saturday, 1);

        // then
        assertThat(next).isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void shouldCountBackwardsWhenAddingNegativeWorkingDays() {
        // given
        LocalDate tuesday = LocalDate.of(2025, 12, 30);

        // when
        LocalDate result = calendar.plusWorkingDays(tuesday, -5);

        // then
        assertThat(result).isEqualTo(FRIDAY_BEFORE_CHRISTMAS_2025);
    }

    @Test
    void shouldSkipEasterWhenSubtractingWorkingDays() {
        // given
        LocalDate tuesdayAfterEaster = LocalDate.of(2025, 4, 22);

        // when
        LocalDate previous = calendar.minusWorkingDays(tuesdayAfterEaster, 1);

        // then
        assertThat(previous).isEqualTo(LocalDate.of(2025, 4, 17));
    }

    @Test
    void shouldCountForwardsWhenSubtractingNegativeWorkingDays() {
        // given
        LocalDate friday = FRIDAY_BEFORE_CHRISTMAS_2025;

        // when
        LocalDate result = calendar.minusWorkingDays(friday, -4);

        // then
        assertThat(result).isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void shouldCountWorkingDaysExcludingFromAndIncludingToWhenToIsAfterFrom() {
        // given
        LocalDate from = FRIDAY_BEFORE_CHRISTMAS_2025;
        LocalDate to = LocalDate.of(2025, 12, 30);

        // when
        int count = calendar.workingDaysBetween(from, to);

        // then
        assertThat(count).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3))).isEqualTo(1);
    }

    @Test
    void shouldBeNegativeWhenToIsBeforeFrom() {
        // given
        LocalDate from = LocalDate.of(2025, 12, 30);
        LocalDate to = FRIDAY_BEFORE_CHRISTMAS_2025;

        // when
        int count = calendar.workingDaysBetween(from, to);

        // then
        assertThat(count).isEqualTo(-5);
    }

    @Test
    void shouldBeZeroWhenFromEqualsTo() {
        // given
        LocalDate date = LocalDate.of(2025, 6, 4);

        // when
        int count = calendar.workingDaysBetween(date, date);

        // then
        assertThat(count).isZero();
    }

    @Test
    void shouldSkipEasterWhenCountingWorkingDaysBetween() {
        // given
        LocalDate maundyThursday = LocalDate.of(2025, 4, 17);
        LocalDate tuesdayAfterEaster = LocalDate.of(2025, 4, 22);

        // when
        int count = calendar.workingDaysBetween(maundyThursday, tuesdayAfterEaster);

        // then
        assertThat(count).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 5, 10, 40, 260})
    void shouldInvertPlusWorkingDaysWhenCountingBetween(int days) {
        // given
        LocalDate friday = FRIDAY_BEFORE_CHRISTMAS_2025;
        LocalDate target = calendar.plusWorkingDays(friday, days);

        // when
        int count = calendar.workingDaysBetween(friday, target);

        // then
        assertThat(count).isEqualTo(days);
    }

    @Test
    void shouldClampToMonthEndWhenTargetMonthIsShorter() {
        // given
        LocalDate endOfJanuary2025 = LocalDate.of(2025, 1, 31);
        LocalDate endOfJanuary2024 = LocalDate.of(2024, 1, 31);

        // when
        LocalDate ordinaryYear = calendar.plusMonths(endOfJanuary2025, 1);
        LocalDate leapYear = calendar.plusMonths(endOfJanuary2024, 1);

        // then
        assertThat(ordinaryYear).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(leapYear).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(calendar.plusMonths(LocalDate.of(2025, 3, 31), -1)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void shouldKeepDayOfMonthWhenTargetIsNotWorkingDay() {
        // given
        LocalDate date = LocalDate.of(2025, 11, 25);

        // when
        LocalDate result = calendar.plusMonths(date, 1);

        // then
        assertThat(result).isEqualTo(LocalDate.of(2025, 12, 25));
    }
}
