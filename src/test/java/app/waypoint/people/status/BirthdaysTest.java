package app.waypoint.people.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthdaysTest {

    private static final LocalDate LEAP_DAY_BIRTH = LocalDate.of(2008, 2, 29);

    @ParameterizedTest(name = "born 2008-02-29 reaches {0} on {1}")
    @CsvSource({
        "0,  2008-02-29",
        "16, 2024-02-29",
        "17, 2025-03-01",
        "18, 2026-03-01",
        "20, 2028-02-29",
        "21, 2029-03-01",
    })
    void shouldPutBirthdayOnFirstOfMarchWhenBornOnLeapDayAndYearHasNone(int years, LocalDate expected) {
        // given a birth on 29 February

        // when
        LocalDate birthday = Birthdays.anniversary(LEAP_DAY_BIRTH, years);

        // then
        assertThat(birthday).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born 2008-02-29 is {1} on {0}")
    @CsvSource({
        "2024-02-28, 15",
        "2024-02-29, 16",
        "2025-02-28, 16",
        "2025-03-01, 17",
        "2026-02-28, 17",
        "2026-03-01, 18",
    })
    void shouldCountAgeFromFirstOfMarchWhenBornOnLeapDay(LocalDate on, int expectedAge) {
        // given a birth on 29 February

        // when
        int age = Birthdays.age(LEAP_DAY_BIRTH, on);

        // then
        assertThat(age).isEqualTo(expectedAge);
    }

    @Test
    void shouldKeepTwentyEighthOfFebruaryWhenBornOnTwentyEighth() {
        // given
        LocalDate born = LocalDate.of(2007, 2, 28);

        // when
        LocalDate birthday = Birthdays.anniversary(born, 17);

        // then
        assertThat(birthday).isEqualTo(LocalDate.of(2024, 2, 28));
    }

    @ParameterizedTest(name = "born 2008-06-15 is {1} on {0}")
    @CsvSource({
        "2008-06-15, 0",
        "2024-06-14, 15",
        "2024-06-15, 16",
        "2024-12-31, 16",
        "2026-06-14, 17",
        "2026-06-15, 18",
    })
    void shouldCountCompletedYearsWhenBornOnOrdinaryDay(LocalDate on, int expectedAge) {
        // given
        LocalDate born = LocalDate.of(2008, 6, 15);

        // when
        int age = Birthdays.age(born, on);

        // then
        assertThat(age).isEqualTo(expectedAge);
    }

    @Test
    void shouldRejectAgeWhenDayIsBeforeBirth() {
        // given
        LocalDate dayBefore = LEAP_DAY_BIRTH.minusDays(1);

        // when / then
        assertThatThrownBy(() -> Birthdays.age(LEAP_DAY_BIRTH, dayBefore)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectMissingDatesAndNegativeYears() {
        // given a missing date or a negative number of years

        // when / then
        assertThatThrownBy(() -> Birthdays.age(null, LEAP_DAY_BIRTH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Birthdays.age(LEAP_DAY_BIRTH, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Birthdays.anniversary(null, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Birthdays.anniversary(LEAP_DAY_BIRTH, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
