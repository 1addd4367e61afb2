package app.waypoint.people.youngpeople;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.status.LegalBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When the care going on today began, which the looked-after review timetable counts from. */
class InCareSinceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final YoungPerson person = new YoungPerson("LOC-1", "Ada", "Lovelace", LocalDate.of(2010, 5, 1), UUID.randomUUID(), Instant.EPOCH);

    @Test
    void shouldCountASection20StayThatBecameACareOrderAsOneStay() {
        episode(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), LegalBasis.SECTION_20);
        episode(LocalDate.of(2025, 7, 1), null, LegalBasis.CARE_ORDER);

        assertThat(person.inCareSince(TODAY)).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void shouldCountFromTheReturnWhenTheChildWentHomeInBetween() {
        episode(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 30), LegalBasis.CARE_ORDER);
        episode(LocalDate.of(2026, 10, 5), null, LegalBasis.SECTION_20);

        assertThat(person.inCareSince(TODAY)).contains(LocalDate.of(2026, 10, 5));
    }

    @Test
    void shouldNotCountPlannedShortBreaksOrCareThatHasEnded() {
        episode(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 24), LegalBasis.SHORT_BREAKS);
        episode(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 11, 22), LegalBasis.CARE_ORDER);

        assertThat(person.inCareSince(TODAY)).isEmpty();
    }

    private void episode(LocalDate start, LocalDate end, LegalBasis basis) {
        person.episodes.add(new EpisodeOfCare(person.id, start, end, basis));
    }
}
