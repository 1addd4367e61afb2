package app.waypoint.calendar;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShippedBankHolidaysTest {

    private final BankHolidays shipped = BankHolidays.shipped();

    @Test
    void shouldCoverEveryYearFrom2018To2030WhenShippedFileIsParsed() {
        // given
        Map<Integer, Long> countsByYear = countsByYear();

        // when
        var years = countsByYear.keySet();

        // then
        assertThat(years).containsExactlyInAnyOrder(
                2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030);
    }

    @Test
    void shouldHaveEightHolidaysPerYearWhenYearHasNoOneOffs() {
        // given
        Map<Integer, Long> countsByYear = countsByYear();

        // when
        countsByYear.remove(2022);
        countsByYear.remove(2023);

        // then
        assertThat(countsByYear.values()).hasSize(11).containsOnly(8L);
    }

    @Test
    void shouldHaveExtraHolidaysWhenYearHadOneOffs() {
        // given
        Map<Integer, Long> countsByYear = countsByYear();

        // when
        long in2022 = countsByYear.get(2022);
        long in2023 = countsByYear.get(2023);

        // then
        assertThat(in2022).isEqualTo(10);
        assertThat(in2023).isEqualTo(9);
    }

    @Test
    void shouldFallOnWeekdaysOnlyWhenShippedFileIsParsed() {
        // given
        var dates = shipped.dates();

        // when
        var weekendDates = dates.stream()
                .filter(date -> date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY)
                .toList();

        // then
        assertThat(dates).isNotEmpty();
        assertThat(weekendDates).isEmpty();
    }

    @Test
    void shouldContainMovedAndOneOffHolidaysWhenShippedFileIsParsed() {
        // given
        var dates = shipped.dates();

        // when / then
        assertThat(dates).contains(
                LocalDate.of(2020, 5, 8), // Early May moved for VE Day
                LocalDate.of(2022, 6, 2), // Spring bank holiday moved
                LocalDate.of(2022, 6, 3), // Platinum Jubilee
                LocalDate.of(2022, 9, 19), // State Funeral of Queen Elizabeth II
                LocalDate.of(2023, 5, 8)); // Coronation of King Charles III
        assertThat(dates).doesNotContain(LocalDate.of(2020, 5, 4), LocalDate.of(2022, 5, 30));
    }

    @ParameterizedTest
    @CsvSource({
        "2021, 2021-12-27, 2021-12-28",
        "2022, 2022-12-26, 2022-12-27",
        "2026, 2026-12-25, 2026-12-28",
        "2027, 2027-12-27, 2027-12-28"
    })
    void shouldContainSubstituteDaysWhenChristmasOrBoxingDayIsAtWeekend(int year, LocalDate first, LocalDate second) {
        // given
        var dates = shipped.dates();

        // when
        var christmasHolidays = dates.stream()
                .filter(date -> date.getYear() == year && date.getMonthValue() == 12)
                .toList();

        // then
        assertThat(christmasHolidays).containsExactlyInAnyOrder(first, second);
    }

    @ParameterizedTest
    @CsvSource({
        "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09", "2024-03-31",
        "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21"
    })
    void shouldContainGoodFridayAndEasterMondayWhenEasterSundayIsKnown(LocalDate easterSunday) {
        // given
        var dates = shipped.dates();

        // when
        var easterHolidays = dates.stream()
                .filter(date -> date.getMonthValue() >= 3 && date.getMonthValue() <= 4)
                .filter(date -> date.getYear() == easterSunday.getYear())
                .toList();

        // then
        assertThat(easterHolidays).containsExactlyInAnyOrder(easterSunday.minusDays(2), easterSunday.plusDays(1));
    }

    @ParameterizedTest
    @CsvSource({"2022, 2022-01-03", "2023, 2023-01-02", "2028, 2028-01-03"})
    void shouldContainNewYearHolidayOnWeekdayWhenNewYearsDayIsAtWeekend(int year, LocalDate expected) {
        // given
        var dates = shipped.dates();

        // when
        var januaryHolidays = dates.stream()
                .filter(date -> date.getYear() == year && date.getMonthValue() == 1)
                .toList();

        // then
        assertThat(januaryHolidays).containsExactly(expected);
    }

    private Map<Integer, Long> countsByYear() {
        return shipped.dates().stream().collect(groupingBy(LocalDate::getYear, counting()));
    }
}
