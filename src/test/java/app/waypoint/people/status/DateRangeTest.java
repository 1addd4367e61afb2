package app.waypoint.people.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate FIRST_OF_MARCH = LocalDate.of(2025, 3, 1);
    private static final LocalDate FOURTH_OF_MARCH = LocalDate.of(2025, 3, 4);

    @Test
    void shouldIncludeStartAndExcludeEndWhenRangeHasEnd() {
        // given
        DateRange range = new DateRange(FIRST_OF_MARCH, FOURTH_OF_MARCH);

        // when / then
        assertThat(range.contains(FIRST_OF_MARCH.minusDays(1))).isFalse();
        assertThat(range.contains(FIRST_OF_MARCH)).isTrue();
        assertThat(range.contains(FOURTH_OF_MARCH.minusDays(1))).isTrue();
        assertThat(range.contains(FOURTH_OF_MARCH)).isFalse();
    }

    @Test
    void shouldIncludeEveryLaterDayWhenRangeIsStillGoing() {
        // given
        DateRange range = new DateRange(FIRST_OF_MARCH, null);

        // when / then
        assertThat(range.contains(FIRST_OF_MARCH.plusYears(30))).isTrue();
        assertThat(range.contains(FIRST_OF_MARCH.minusDays(1))).isFalse();
    }

    @Test
    void shouldRejectRangeWhenEndIsNotAfterStart() {
        // given a start and an end on or before it

        // when / then
        assertThatThrownBy(() -> new DateRange(FIRST_OF_MARCH, FIRST_OF_MARCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DateRange(FOURTH_OF_MARCH, FIRST_OF_MARCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectRangeWhenStartOrDayIsMissing() {
        // given
        DateRange range = new DateRange(FIRST_OF_MARCH, null);

        // when / then
        assertThatThrownBy(() -> new DateRange(null, FOURTH_OF_MARCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> range.contains(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
