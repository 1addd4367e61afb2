package app.waypoint.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionYearTest {

    @Test
    void theLastCompleteYearIsTheOneWhose31MarchHasPassed() {
        assertThat(CollectionYear.lastCompleteOn(LocalDate.of(2026, 3, 31)).year()).isEqualTo(2025);
        assertThat(CollectionYear.lastCompleteOn(LocalDate.of(2026, 4, 1)).year()).isEqualTo(2026);
        assertThat(CollectionYear.lastCompleteOn(LocalDate.of(2026, 12, 5)).year()).isEqualTo(2026);
    }

    @Test
    void aYearRunsFromTheAprilBeforeToIts31March() {
        CollectionYear year = new CollectionYear(2026);

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
