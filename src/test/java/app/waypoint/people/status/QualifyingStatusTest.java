package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.EIGHTEENTH;
import static app.waypoint.people.status.StatusFixtures.FIFTEENTH;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.TWENTY_FIRST;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Qualifying: 16 to 20, left care after 16, but not eligible, relevant or former relevant. */
class QualifyingStatusTest {

    @Test
    void shouldBeQualifyingUntilDayBeforeTwentyFirstWhenLeftCareAfterSixteenShortOf13Weeks() {
        // given 30 days in care at 17
        LocalDate left = SEVENTEENTH.plusDays(30);
        CareHistory history = child().inCare(SEVENTEENTH, left).history();

        // when / then
        assertThat(statusOn(history, left)).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, TWENTY_FIRST.minusDays(1))).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, TWENTY_FIRST)).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldBeLookedAfterNotQualifyingWhenStillInCareShortOf13Weeks() {
        // given in care since just after 16
        CareHistory history = child().inCareFrom(SIXTEENTH.plusDays(10)).history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH.plusDays(20));

        // then
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @Test
    void shouldBeNoneWhenCareEndedBeforeSixteenthBirthday() {
        // given
        CareHistory history = child().inCare(FIFTEENTH, FIFTEENTH.plusDays(200)).history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH.plusDays(1));

        // then
        assertThat(status).isEqualTo(CareStatus.NONE);
    }
}
