package app.waypoint.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankHolidaysTest {

    @Test
    void shouldContainListedDatesWhenLinesAreWellFormed() {
        // given
        String text = "2025-12-25  Christmas Day\n2025-12-26\tBoxing Day\n";

        // when
        BankHolidays holidays = BankHolidays.parse(new StringReader(text));

        // then
        assertThat(holidays.dates()).containsExactlyInAnyOrder(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26));
        assertThat(holidays.contains(LocalDate.of(2025, 12, 25))).isTrue();
        assertThat(holidays.contains(LocalDate.of(2025, 12, 24))).isFalse();
    }

    @Test
    void shouldSkipLinesWhenBlankOrComment() {
        // given
        String text = "# header\n\n   \n  # indented comment\n2025-01-01  New Year's Day\n";

        // when
        BankHolidays holidays = BankHolidays.parse(new StringReader(text));

        // then
        assertThat(holidays.dates()).containsExactly(LocalDate.of(2025, 1, 1));
    }

    @Test
    void shouldBeEmptyWhenTextHasNoHolidays() {
        // given
        String text = "# nothing yet\n";

        // when
        BankHolidays holidays = BankHolidays.parse(new StringReader(text));

        // then
        assertThat(holidays.dates()).isEmpty();
    }

    @Test
    void shouldRejectNamingLineNumberWhenDateIsInvalid() {
        // given
        String text = "# header\n2025-01-01  New Year's Day\n2025-02-30  No such day\n";

        // when / then
        assertThatThrownBy(() -> BankHolidays.parse(new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 3");
    }

    @Test
    void shouldRejectNamingLineNumberWhenNameIsMissing() {
        // given
        String text = "2025-01-01\n";

        // when / then
        assertThatThrownBy(() -> BankHolidays.parse(new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 1");
    }

    @Test
    void shouldRejectNamingLineNumberWhenDateIsNotIso() {
        // given
        String text = "\n25/12/2025  Christmas Day\n";

        // when / then
        assertThatThrownBy(() -> BankHolidays.parse(new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2");
    }

    @Test
    void shouldRejectNamingLineNumberWhenDateIsRepeated() {
        // given
        String text = "2025-12-25  Christmas Day\n2025-12-25  Christmas again\n";

        // when / then
        assertThatThrownBy(() -> BankHolidays.parse(new StringReader(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void shouldStayUnchangedWhenSourceSetIsModified() {
        // given
        Set<LocalDate> source = new HashSet<>(Set.of(LocalDate.of(2025, 12, 25)));
        BankHolidays holidays = new BankHolidays(source);

        // when
        source.add(LocalDate.of(2025, 12, 26));

        // then
        assertThat(holidays.dates()).containsExactly(LocalDate.of(2025, 12, 25));
        assertThatThrownBy(() -> holidays.dates().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldReadDatesWhenFileExists(@TempDir Path directory) throws Exception {
        // given
        Path file = Files.writeString(directory.resolve("holidays.txt"), "2031-01-01  New Year's Day\n");

        // when
        BankHolidays holidays = BankHolidays.read(file);

        // then
        assertThat(holidays.dates()).containsExactly(LocalDate.of(2031, 1, 1));
    }

    @Test
    void shouldFailNamingPathWhenFileIsMissing(@TempDir Path directory) {
        // given
        Path file = directory.resolve("missing.txt");

        // when / then
        assertThatThrownBy(() -> BankHolidays.read(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toString());
    }
}
