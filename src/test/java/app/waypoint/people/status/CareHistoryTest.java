package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.BORN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareHistoryTest {

    private static final CareEpisode EPISODE = new CareEpisode(new DateRange(BORN.plusYears(10), null), LegalBasis.CARE_ORDER);

    @Test
    void shouldKeepItsOwnCopyWhenCallerChangesTheLists() {
        // given
        List<CareEpisode> episodes = new ArrayList<>(List.of(EPISODE));
        CareHistory history = new CareHistory(BORN, episodes, List.of(), List.of());

        // when
        episodes.clear();

        // then
        assertThat(history.episodes()).containsExactly(EPISODE);
    }

    @Test
    void shouldRejectHistoryWhenSomethingIsMissing() {
        // given missing parts

        // when / then
        assertThatThrownBy(() -> new CareHistory(null, List.of(), List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareHistory(BORN, null, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareHistory(BORN, List.of(), null, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareHistory(BORN, List.of(), List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareHistory(BORN, Arrays.asList(EPISODE, null), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectHistoryWhenAPeriodStartsBeforeBirth() {
        // given
        DateRange beforeBirth = new DateRange(BORN.minusDays(1), BORN.plusDays(10));

        // when / then
        assertThatThrownBy(() -> new CareHistory(BORN, List.of(new CareEpisode(beforeBirth, LegalBasis.OTHER)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareHistory(BORN, List.of(), List.of(beforeBirth), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareHistory(BORN, List.of(), List.of(), List.of(beforeBirth)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectEpisodeWhenPeriodOrBasisIsMissing() {
        // given
        DateRange period = new DateRange(BORN, null);

        // when / then
        assertThatThrownBy(() -> new CareEpisode(null, LegalBasis.CARE_ORDER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareEpisode(period, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
