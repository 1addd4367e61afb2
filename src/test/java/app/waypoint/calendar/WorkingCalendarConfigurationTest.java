package app.waypoint.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarConfigurationTest {

    @Test
    void shouldUseShippedHolidaysWhenNoFileIsConfigured() {
        // given
        CalendarConfig config = Optional::empty;

        // when
        WorkingCalendar calendar = new WorkingCalendar(config);

        // then
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 8, 26))).isFalse();
    }

    @Test
    void shouldReplaceShippedHolidaysWhenFileIsConfigured(@TempDir Path directory) throws Exception {
        // given
        Path file = Files.writeString(directory.resolve("holidays.txt"), "# custom\n2025-06-04  Company day\n");
        CalendarConfig config = () -> Optional.of(file.toString());

        // when
        WorkingCalendar calendar = new WorkingCalendar(config);

        // then
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 25))).isTrue();
    }
}
