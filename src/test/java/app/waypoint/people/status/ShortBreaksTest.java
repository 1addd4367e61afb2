package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.EIGHTEENTH;
import static app.waypoint.people.status.StatusFixtures.FIFTEENTH;
import static app.waypoint.people.status.StatusFixtures.FOURTEENTH;
import static app.waypoint.people.status.StatusFixtures.RULES;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reg 48 short-breaks exclusion. Most histories here have a stay starting every 74 days from the 14th
 * birthday, so any 12 months holds at most five stays; the 11th stay runs from 16th birthday + 9 days.
 */
class ShortBreaksTest {

    private static final int EVERY = 74;
    private static final LocalDate DURING_A_STAY_AFTER_SIXTEEN = FOURTEENTH.plusDays(10 * EVERY + 1);
    private static final LocalDate BETWEEN_STAYS_AFTER_SIXTEEN = FOURTEENTH.plusDays(10 * EVERY + 31);

    /** 15-day stays every 74 days: at most 75 days in any 12 months, no stay over 17 days. */
    private static StatusFixtures.Child onShortBreaksWithinLimits() {
        return child().onShortBreaksEvery(EVERY, 15, FOURTEENTH, EIGHTEENTH);
    }

    private static Optional<LocalDate> firstDayCareCounts(CareHistory history) {
        return ShortBreaks.firstDayCareCounts(history, FOURTEENTH, EIGHTEENTH);
    }

    @Test
    void shouldBeLookedAfterNotEligibleWhenShortBreaksKeepWithin17DaysAnd75DaysIn12Months() {
        // given
        CareHistory history = onShortBreaksWithinLimits().history();

        // when
        CareStatus status = statusOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(RULES.daysLookedAfterSince14(history, DURING_A_STAY_AFTER_SIXTEEN)).isGreaterThanOrEqualTo(91);
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(RULES.eligibleFrom(history)).isEmpty();
    }

    @Test
    void shouldBeQualifyingBetweenStaysWhenShortBreaksContinueAfterSixteen() {
        // given short breaks within the limits (looked after during each stay, so "was looked after after 16")
        CareHistory history = onShortBreaksWithinLimits().history();

        // when / then
        assertThat(statusOn(history, BETWEEN_STAYS_AFTER_SIXTEEN)).isEqualTo(CareStatus.QUALIFYING);
        assertThat(statusOn(history, FOURTEENTH.plusDays(EVERY - 1))).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldStayExcludedWhenLongestStayIs17Days() {
        // given one 17-day stay among 14-day stays (73 days in the busiest 12 months)
        CareHistory history = child()
                .onShortBreak(FOURTEENTH, 17)
                .onShortBreaksEvery(EVERY, 14, FOURTEENTH.plusDays(EVERY), EIGHTEENTH)
                .history();

        // when
        CareStatus status = statusOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @Test
    void shouldCountShortBreaksWhenOneStayLasts18Days() {
        // given one 18-day stay among 14-day stays (74 days in the busiest 12 months)
        CareHistory history = child()
                .onShortBreak(FOURTEENTH, 18)
                .onShortBreaksEvery(EVERY, 14, FOURTEENTH.plusDays(EVERY), EIGHTEENTH)
                .history();

        // when
        CareStatus status = statusOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldCountShortBreaksWhenTheyReach76DaysIn12Months() {
        // given one 16-day stay among 15-day stays: 16 + 4 x 15 = 76 days in the first 12 months
        CareHistory history = child()
                .onShortBreak(FOURTEENTH, 16)
                .onShortBreaksEvery(EVERY, 15, FOURTEENTH.plusDays(EVERY), EIGHTEENTH)
                .history();

        // when
        CareStatus status = statusOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldKeepEarlierDaysExcludedWhenLimitIsBrokenLater() {
        // given short breaks within the limits until a month after 16, then an 18-day stay a month after 17
        LocalDate longStay = SEVENTEENTH.plusDays(30);
        CareHistory history = child()
                .onShortBreaksEvery(EVERY, 15, FOURTEENTH, SIXTEENTH.plusDays(30))
                .onShortBreak(longStay, 18)
                .history();

        // when / then
        assertThat(statusOn(history, DURING_A_STAY_AFTER_SIXTEEN)).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(statusOn(history, longStay.plusDays(16))).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(statusOn(history, longStay.plusDays(17))).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(RULES.eligibleFrom(history)).contains(longStay.plusDays(17));
    }

    @Test
    void shouldStayExcludedWhenOtherCareEndedBeforeFourteenthBirthday() {
        // given a care order from 12 to 13, then short breaks within the limits
        CareHistory history = onShortBreaksWithinLimits()
                .inCare(FOURTEENTH.minusYears(2), FOURTEENTH.minusYears(1), LegalBasis.CARE_ORDER)
                .history();

        // when
        CareStatus status = statusOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @Test
    void shouldCountShortBreaksWhenChildAlsoHadOtherCareSinceFourteen() {
        // given 30 days under s20 at 15 between short breaks: the care is no longer only short breaks
        CareHistory history = onShortBreaksWithinLimits()
                .inCare(FIFTEENTH.plusDays(100), FIFTEENTH.plusDays(130))
                .history();

        // when
        CareStatus status = statusOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldNotBeInCountingCareDuringAStayWhenOnlyShortBreaksWithinLimits() {
        // given
        CareHistory history = onShortBreaksWithinLimits().history();

        // when
        boolean inCountingCare = RULES.lookedAfterOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(inCountingCare).isFalse();
    }

    @Test
    void shouldBeLookedAfterButNotInCountingCareWhenOnAShortBreakAtTen() {
        // given
        LocalDate stay = FOURTEENTH.minusYears(4);
        CareHistory history = child().onShortBreak(stay, 7).history();

        // when / then
        assertThat(statusOn(history, stay)).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(RULES.lookedAfterOn(history, stay)).isFalse();
    }

    @Test
    void shouldBeInCountingCareDuringAStayWhenChildAlsoHadOtherCareSinceFourteen() {
        // given
        CareHistory history = onShortBreaksWithinLimits()
                .inCare(FIFTEENTH.plusDays(100), FIFTEENTH.plusDays(130))
                .history();

        // when
        boolean inCountingCare = RULES.lookedAfterOn(history, DURING_A_STAY_AFTER_SIXTEEN);

        // then
        assertThat(inCountingCare).isTrue();
    }

    @Test
    void shouldFindNoDayCareCountsWhenOnlyShortBreaksWithinLimits() {
        // given
        CareHistory history = onShortBreaksWithinLimits().history();

        // when / then
        assertThat(firstDayCareCounts(history)).isEmpty();
    }

    @Test
    void shouldCountFromEighteenthDayWhenAStayRunsOver17Days() {
        // given
        CareHistory history = child().onShortBreak(FIFTEENTH, 18).history();

        // when / then
        assertThat(firstDayCareCounts(history)).contains(FIFTEENTH.plusDays(17));
    }

    @Test
    void shouldTreatBackToBackShortBreaksAsOneStay() {
        // given two 10-day short breaks with no day at home between them
        CareHistory history = child()
                .onShortBreak(FIFTEENTH, 10)
                .onShortBreak(FIFTEENTH.plusDays(10), 10)
                .history();

        // when / then
        assertThat(firstDayCareCounts(history)).contains(FIFTEENTH.plusDays(17));
    }

    @Test
    void shouldCountFromThe76thDayWhenItFallsWithin12Months() {
        // given five 15-day stays, then one more day on the last day of the same 12 months
        LocalDate lastDayOfTwelveMonths = FOURTEENTH.plusMonths(12).minusDays(1);
        CareHistory history = child()
                .onShortBreaksEvery(EVERY, 15, FOURTEENTH, FOURTEENTH.plusDays(300))
                .onShortBreak(lastDayOfTwelveMonths, 1)
                .history();

        // when / then
        assertThat(firstDayCareCounts(history)).contains(lastDayOfTwelveMonths);
    }

    @Test
    void shouldNotCountWhen76DaysSpreadOverMoreThan12Months() {
        // given five 15-day stays, then one more day just after 12 months from the first
        CareHistory history = child()
                .onShortBreaksEvery(EVERY, 15, FOURTEENTH, FOURTEENTH.plusDays(300))
                .onShortBreak(FOURTEENTH.plusMonths(12), 1)
                .history();

        // when / then
        assertThat(firstDayCareCounts(history)).isEmpty();
    }

    @Test
    void shouldCountFromStartOfOtherCareWhenItBeginsAfterFourteen() {
        // given
        CareHistory history = onShortBreaksWithinLimits().inCare(SIXTEENTH, SIXTEENTH.plusDays(5)).history();

        // when / then
        assertThat(firstDayCareCounts(history)).contains(SIXTEENTH);
    }

    @Test
    void shouldCountFromFourteenthBirthdayWhenOtherCareRunsAcrossIt() {
        // given
        CareHistory history = child().inCare(FOURTEENTH.minusDays(30), FOURTEENTH.plusDays(30)).history();

        // when / then
        assertThat(firstDayCareCounts(history)).contains(FOURTEENTH);
    }
}
