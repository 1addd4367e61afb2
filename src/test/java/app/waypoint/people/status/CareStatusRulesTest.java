package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.BORN;
import static app.waypoint.people.status.StatusFixtures.EIGHTEENTH;
import static app.waypoint.people.status.StatusFixtures.FIFTEENTH;
import static app.waypoint.people.status.StatusFixtures.FOURTEENTH;
import static app.waypoint.people.status.StatusFixtures.RULES;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Looked-after days, the plain statuses, precedence and argument checks. Each status has its own test class too. */
class CareStatusRulesTest {

    @Test
    void shouldBeLookedAfterFromStartDayUntilDayBeforeEnd() {
        // given
        LocalDate start = BORN.plusYears(10);
        LocalDate end = start.plusDays(3);
        CareHistory history = child().inCare(start, end).history();

        // when / then
        assertThat(RULES.lookedAfterOn(history, start.minusDays(1))).isFalse();
        assertThat(RULES.lookedAfterOn(history, start)).isTrue();
        assertThat(RULES.lookedAfterOn(history, end.minusDays(1))).isTrue();
        assertThat(RULES.lookedAfterOn(history, end)).isFalse();
    }

    @Test
    void shouldNotBeLookedAfterWhenEighteenEvenIfEpisodeGoesOn() {
        // given
        CareHistory history = child().inCareFrom(SEVENTEENTH).history();

        // when / then
        assertThat(RULES.lookedAfterOn(history, EIGHTEENTH.minusDays(1))).isTrue();
        assertThat(RULES.lookedAfterOn(history, EIGHTEENTH)).isFalse();
    }

    @Test
    void shouldCountOnlyDaysFromFourteenthBirthdayWhenCareStartedBefore() {
        // given in care for a year before the 14th birthday and 90 days after it
        CareHistory history = child().inCare(FOURTEENTH.minusYears(1), FOURTEENTH.plusDays(90)).history();

        // when
        long counted = RULES.daysLookedAfterSince14(history, SIXTEENTH);

        // then
        assertThat(counted).isEqualTo(90);
    }

    @Test
    void shouldCountUpToAndIncludingTheDayAsked() {
        // given
        CareHistory history = child().inCareFrom(FIFTEENTH).history();

        // when / then
        assertThat(RULES.daysLookedAfterSince14(history, FIFTEENTH.minusDays(1))).isZero();
        assertThat(RULES.daysLookedAfterSince14(history, FIFTEENTH)).isEqualTo(1);
        assertThat(RULES.daysLookedAfterSince14(history, FIFTEENTH.plusDays(90))).isEqualTo(91);
    }

    @Test
    void shouldCountOverlapOnceWhenEpisodesOverlap() {
        // given 60 days under a care order and 60 days under s20, 30 of them the same days
        CareHistory history = child()
                .inCare(FIFTEENTH, FIFTEENTH.plusDays(60), LegalBasis.CARE_ORDER)
                .inCare(FIFTEENTH.plusDays(30), FIFTEENTH.plusDays(90), LegalBasis.SECTION_20)
                .history();

        // when
        long counted = RULES.daysLookedAfterSince14(history, SIXTEENTH);

        // then
        assertThat(counted).isEqualTo(90);
    }

    @Test
    void shouldNotCountDaysWhenOnOrAfterEighteenthBirthday() {
        // given
        CareHistory history = child().inCareFrom(EIGHTEENTH.minusDays(10)).history();

        // when
        long counted = RULES.daysLookedAfterSince14(history, EIGHTEENTH.plusDays(100));

        // then
        assertThat(counted).isEqualTo(10);
    }

    @Test
    void shouldBeNoneWhenNeverLookedAfter() {
        // given
        CareHistory history = child().history();

        // when / then
        assertThat(statusOn(history, BORN)).isEqualTo(CareStatus.NONE);
        assertThat(statusOn(history, SEVENTEENTH)).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldBeLookedAfterWhenInCareUnderSixteen() {
        // given
        CareHistory history = child().inCare(BORN.plusYears(9), BORN.plusYears(13)).history();

        // when / then
        assertThat(statusOn(history, BORN.plusYears(12))).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(statusOn(history, BORN.plusYears(13))).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldBeEligibleAgainWhenRelevantChildReturnsToCare() {
        // given eligible, left care at 17, back in care a month later
        CareHistory history = child()
                .inCare(FIFTEENTH, SEVENTEENTH)
                .inCareFrom(SEVENTEENTH.plusMonths(1))
                .history();

        // when / then
        assertThat(statusOn(history, SEVENTEENTH)).isEqualTo(CareStatus.RELEVANT);
        assertThat(statusOn(history, SEVENTEENTH.plusMonths(1))).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldGiveSameStatusForADayWhateverIsRecordedLater() {
        // given the same past, and a second history with care recorded after the day asked about
        LocalDate day = SIXTEENTH.plusDays(20);
        CareHistory before = child().inCare(SIXTEENTH.minusDays(30), SIXTEENTH.plusDays(10)).history();
        CareHistory after = child()
                .inCare(SIXTEENTH.minusDays(30), SIXTEENTH.plusDays(10))
                .inCareFrom(SIXTEENTH.plusDays(40))
                .history();

        // when / then
        assertThat(statusOn(after, day)).isEqualTo(statusOn(before, day)).isEqualTo(CareStatus.QUALIFYING);
    }

    @Test
    void shouldRejectAssessmentWhenTodayIsBeforeBirth() {
        // given
        CareHistory history = child().history();

        // when / then
        assertThatThrownBy(() -> RULES.assess(history, BORN.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the date of birth");
    }

    @Test
    void shouldRejectCallsWhenArgumentsAreMissing() {
        // given
        CareHistory history = child().history();

        // when / then
        assertThatThrownBy(() -> RULES.assess(null, SIXTEENTH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.assess(history, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.eligibleFrom(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.lookedAfterOn(history, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.lookedAfterOn(null, SIXTEENTH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RULES.daysLookedAfterSince14(history, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CareStatusRules(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
