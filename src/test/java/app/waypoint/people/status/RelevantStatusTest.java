package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.EIGHTEENTH;
import static app.waypoint.people.status.StatusFixtures.FIFTEENTH;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Relevant: 16 or 17, left care while eligible, or in custody or hospital on the 16th birthday after 13 weeks in care. */
class RelevantStatusTest {

    private static final LocalDate SIX_MONTHS_HOME = SEVENTEENTH.plusMonths(6);

    /** In care from 15, eligible from the day after 16, left care on the 17th birthday. */
    private static StatusFixtures.Child leftCareAtSeventeenWhileEligible() {
        return child().inCare(FIFTEENTH, SEVENTEENTH);
    }

    @Test
    void shouldBeRelevantWhenLeftCareAtSeventeenWhileEligible() {
        // given
        CareHistory history = leftCareAtSeventeenWhileEligible().history();

        // when / then
        assertThat(statusOn(history, SEVENTEENTH.minusDays(1))).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, SEVENTEENTH)).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, EIGHTEENTH.minusDays(1))).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldBeQualifyingNotRelevantWhenLeftCareAfterSixteenBeforeEligible() {
        // given 60 days in care around the 16th birthday
        LocalDate left = SIXTEENTH.plusDays(30);
        CareHistory history = child().inCare(SIXTEENTH.minusDays(30), left).history();

        // when
        CareStatus status = statusOn(history, left);

        // then
        assertThat(status).isEqualTo(CareStatus.QUALIFYING);
    }

    @Test
    void shouldStayRelevantWhenHomeWithParentEndsBeforeSixMonths() {
        // given home with a parent from leaving care until the day before six months were up
        CareHistory history = leftCareAtSeventeenWhileEligible()
                .homeWithParent(SEVENTEENTH, SIX_MONTHS_HOME.minusDays(1))
                .history();

        // when
        CareStatus status = statusOn(history, SIX_MONTHS_HOME.minusDays(2));

        // then
        assertThat(status).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldStopBeingRelevantWhenHomeWithParentForSixContinuousMonths() {
        // given home with a parent from the day care ended, still there
        CareHistory history = leftCareAtSeventeenWhileEligible().homeWithParent(SEVENTEENTH, null).history();

        // when / then
        assertThat(statusOn(history, SIX_MONTHS_HOME.minusDays(1))).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, SIX_MONTHS_HOME)).isEqualTo(CareStatus.QUALIFYING);
    }

    @Test
    void shouldBeRelevantAgainWhenLivingWithParentBreaksDown() {
        // given home with a parent for seven months after leaving care
        LocalDate movedOut = SEVENTEENTH.plusMonths(7);
        CareHistory history = leftCareAtSeventeenWhileEligible().homeWithParent(SEVENTEENTH, movedOut).history();

        // when / then
        assertThat(statusOn(history, movedOut.minusDays(1))).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, movedOut)).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldCountSixMonthsHomeFromStartWhenItBeganBeforeCareEnded() {
        // given living with a parent for four months while still in care, then two more after leaving
        LocalDate wentHome = SEVENTEENTH.minusMonths(4);
        CareHistory history = leftCareAtSeventeenWhileEligible().homeWithParent(wentHome, null).history();

        // when / then
        assertThat(statusOn(history, wentHome.plusMonths(6).minusDays(1))).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, wentHome.plusMonths(6))).isEqualTo(CareStatus.QUALIFYING);
    }

    @Test
    void shouldBeRelevantWhenInCustodyOnSixteenthBirthdayStraightAfter91DaysInCare() {
        // given 91 days in care ending the day custody began, 30 days before the 16th birthday
        LocalDate custody = SIXTEENTH.minusDays(30);
        CareHistory history = child()
                .inCare(custody.minusDays(91), custody)
                .inCustodyOrHospital(custody, SIXTEENTH.plusDays(60))
                .history();

        // when / then, in custody and after release
        assertThat(statusOn(history, SIXTEENTH.minusDays(1))).isEqualTo(CareStatus.NONE);
        assertThat(statusOn(history, SIXTEENTH)).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, SIXTEENTH.plusDays(100))).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldNotBeRelevantWhenOnly90DaysInCareBeforeCustody() {
        // given
        LocalDate custody = SIXTEENTH.minusDays(30);
        CareHistory history = child()
                .inCare(custody.minusDays(90), custody)
                .inCustodyOrHospital(custody, SIXTEENTH.plusDays(60))
                .history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH);

        // then
        assertThat(status).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldNotBeRelevantWhenCareEndedADayBeforeCustodyBegan() {
        // given a day at home between care and custody
        LocalDate custody = SIXTEENTH.minusDays(30);
        CareHistory history = child()
                .inCare(FIFTEENTH, custody.minusDays(1))
                .inCustodyOrHospital(custody, SIXTEENTH.plusDays(60))
                .history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH);

        // then
        assertThat(status).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldBeRelevantWhenCareRanIntoTheHospitalStay() {
        // given in hospital from a month before 16, care ending a week into the stay
        LocalDate hospital = SIXTEENTH.minusMonths(1);
        CareHistory history = child()
                .inCare(FIFTEENTH, hospital.plusDays(7))
                .inCustodyOrHospital(hospital, null)
                .history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH);

        // then
        assertThat(status).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldNotBeRelevantWhenCustodyBeganAfterSixteenthBirthday() {
        // given care ended on the 16th birthday and custody began the day after
        CareHistory history = child()
                .inCare(FIFTEENTH, SIXTEENTH)
                .inCustodyOrHospital(SIXTEENTH.plusDays(1), SIXTEENTH.plusDays(60))
                .history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH.plusDays(5));

        // then
        assertThat(status).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldStopBeingRelevantFromCustodyWhenHomeWithParentForSixMonths() {
        // given released from custody at 16 and home with a parent from then on
        LocalDate custody = SIXTEENTH.minusDays(30);
        LocalDate released = SIXTEENTH.plusDays(60);
        CareHistory history = child()
                .inCare(FIFTEENTH, custody)
                .inCustodyOrHospital(custody, released)
                .homeWithParent(released, null)
                .history();

        // when / then
        assertThat(statusOn(history, released.plusMonths(6).minusDays(1))).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, released.plusMonths(6))).isEqualTo(CareStatus.NONE);
    }
}
