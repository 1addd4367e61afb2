package app.waypoint.people.youngpeople;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.status.CareStatus;
import app.waypoint.people.status.CareStatusRules;
import app.waypoint.people.status.LegalBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The status kept on the young person's row: written when it is no longer true, not on every day the record is read. */
class StoredStatusTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final CareStatusRules rules = new CareStatusRules();
    private final YoungPerson child = new YoungPerson("LOC-1", "Ada", "Lovelace", LocalDate.of(2011, 2, 1), UUID.randomUUID(), Instant.EPOCH);

    @Test
    void shouldKeepAChildInCareReadOnTheNextDaysAsItIsUntilTheDayItIsLookedAtAgain() {
        child.episodes.add(new EpisodeOfCare(child.id, LocalDate.of(2024, 3, 1), null, LegalBasis.CARE_ORDER));
        keep(MONDAY);
        assertThat(child.statusOn).isEqualTo(MONDAY);
        assertThat(child.statusUntil).isEqualTo(MONDAY.plusDays(StoredStatus.UNDER_18_IN_CARE_RECHECK_DAYS));

        keep(MONDAY.plusDays(1));
        keep(MONDAY.plusDays(6));
        assertThat(child.statusOn).as("read again within the week: the row still holds").isEqualTo(MONDAY);

        keep(MONDAY.plusDays(7));
        assertThat(child.statusOn).as("the day it is looked at again").isEqualTo(MONDAY.plusDays(7));
        assertThat(child.statusUntil).isEqualTo(MONDAY.plusDays(14));
    }

    @Test
    void shouldWriteTheRowAgainWhenAChangeToTheHistoryBringsTheNextPossibleChangeForward() {
        child.episodes.add(new EpisodeOfCare(child.id, LocalDate.of(2024, 3, 1), null, LegalBasis.CARE_ORDER));
        keep(MONDAY);

        child.episodes.get(0).endDate = MONDAY.plusDays(2);
        keep(MONDAY.plusDays(1));

        assertThat(child.careStatus).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(child.statusOn).isEqualTo(MONDAY.plusDays(1));
        assertThat(child.statusUntil).as("the care ends on Wednesday").isEqualTo(MONDAY.plusDays(2));
    }

    @Test
    void shouldWriteTheRowWhenTheStatusItHoldsIsAnotherOne() {
        child.episodes.add(new EpisodeOfCare(child.id, LocalDate.of(2024, 3, 1), null, LegalBasis.CARE_ORDER));
        keep(MONDAY);
        child.careStatus = CareStatus.NONE;

        keep(MONDAY.plusDays(1));

        assertThat(child.careStatus).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(child.statusOn).isEqualTo(MONDAY.plusDays(1));
    }

    private void keep(LocalDate day) {
        StoredStatus.keep(child, rules.assess(child.careHistory(), day), day);
    }
}
