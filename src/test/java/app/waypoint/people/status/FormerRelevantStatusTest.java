package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.EIGHTEENTH;
import static app.waypoint.people.status.StatusFixtures.FIFTEENTH;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.TWENTY_FIFTH;
import static app.waypoint.people.status.StatusFixtures.TWENTY_FIRST;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Former relevant: 18 to 24, and was relevant, or was looked after at 18 and eligible just before. */
class FormerRelevantStatusTest {

    @Test
    void shouldBeFormerRelevantFromEighteenthBirthdayWhenEligibleAndInCareUntilThen() {
        // given in care from 15, the episode never closed
        CareHistory history = child().inCareFrom(FIFTEENTH).history();

        // when / then
        assertThat(statusOn(history, EIGHTEENTH.minusDays(1))).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldBeFormerRelevantWhenCareEndsOnEighteenthBirthday() {
        // given
        CareHistory history = child().inCare(FIFTEENTH, EIGHTEENTH).history();

        // when
        CareStatus status = statusOn(history, EIGHTEENTH);

        // then
        assertThat(status).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldBeFormerRelevantUntilDayBeforeTwentyFifthBirthday() {
        // given
        CareHistory history = child().inCare(FIFTEENTH, EIGHTEENTH).history();

        // when / then
        assertThat(statusOn(history, TWENTY_FIRST)).isEqualTo(CareStatus.FORMER_RELEVANT);
        assertThat(statusOn(history, TWENTY_FIFTH.minusDays(1))).isEqualTo(CareStatus.FORMER_RELEVANT);
        assertThat(statusOn(history, TWENTY_FIFTH)).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldBeFormerRelevantWhenRelevantBeforeEighteen() {
        // given left care at 17 while eligible
        CareHistory history = child().inCare(FIFTEENTH, SEVENTEENTH).history();

        // when / then
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.FORMER_RELEVANT);
        assertThat(statusOn(history, TWENTY_FIRST.minusDays(1))).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldBeFormerRelevantWhenRelevantOnceEvenIfLostThroughLivingWithParent() {
        // given relevant at 17, then more than six months home with a parent up to and past 18
        CareHistory history = child().inCare(FIFTEENTH, SEVENTEENTH).homeWithParent(SEVENTEENTH, null).history();

        // when / then
        assertThat(statusOn(history, EIGHTEENTH.minusDays(1))).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldBeFormerRelevantWhenRelevantThroughCustodyOnSixteenthBirthday() {
        // given
        LocalDate custody = SIXTEENTH.minusDays(30);
        CareHistory history = child()
                .inCare(FIFTEENTH, custody)
                .inCustodyOrHospital(custody, SIXTEENTH.plusDays(60))
                .history();

        // when
        CareStatus status = statusOn(history, EIGHTEENTH.plusDays(1));

        // then
        assertThat(status).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldBeFormerRelevantWhenInCareOnTurning18With91DaysCounted() {
        // given in care for the last 91 days before 18
        CareHistory history = child().inCareFrom(EIGHTEENTH.minusDays(91)).history();

        // when
        CareStatus status = statusOn(history, EIGHTEENTH);

        // then
        assertThat(status).isEqualTo(CareStatus.FORMER_RELEVANT);
    }

    @Test
    void shouldBeQualifyingWhenInCareOnTurning18WithOnly90DaysCounted() {
        // given in care for the last 90 days before 18
        CareHistory history = child().inCareFrom(EIGHTEENTH.minusDays(90)).history();

        // when / then
        assertThat(statusOn(history, EIGHTEENTH)).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, TWENTY_FIRST.minusDays(1))).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, TWENTY_FIRST)).isEqualTo(CareStatus.NONE);
    }
}
