package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.FIFTEENTH;
import static app.waypoint.people.status.StatusFixtures.FOURTEENTH;
import static app.waypoint.people.status.StatusFixtures.RULES;
import static app.waypoint.people.status.StatusFixtures.SEVENTEENTH;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.statusOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Eligible: 16 or 17, looked after, 91 days since the 14th birthday, care continuing past the 16th birthday. */
class EligibleStatusTest {

    private static final LocalDate DAY_AFTER_SIXTEENTH = SIXTEENTH.plusDays(1);

    @Test
    void shouldBeEligibleWhenExactly91DaysCounted() {
        // given in care from 89 days before the 16th birthday: 91 days by the day after it
        CareHistory history = child().inCareFrom(SIXTEENTH.minusDays(89)).history();

        // when
        CareStatus status = statusOn(history, DAY_AFTER_SIXTEENTH);

        // then
        assertThat(RULES.daysLookedAfterSince14(history, DAY_AFTER_SIXTEENTH)).isEqualTo(91);
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldBeLookedAfterWhenOnly90DaysCounted() {
        // given in care from 88 days before the 16th birthday: 90 days by the day after it
        CareHistory history = child().inCareFrom(SIXTEENTH.minusDays(88)).history();

        // when
        CareStatus status = statusOn(history, DAY_AFTER_SIXTEENTH);

        // then
        assertThat(RULES.daysLookedAfterSince14(history, DAY_AFTER_SIXTEENTH)).isEqualTo(90);
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @Test
    void shouldBecomeEligibleOnTheDayThe91stDayIsReached() {
        // given 90 days counted by the day after the 16th birthday
        CareHistory history = child().inCareFrom(SIXTEENTH.minusDays(88)).history();

        // when
        var eligibleFrom = RULES.eligibleFrom(history);

        // then
        assertThat(eligibleFrom).contains(SIXTEENTH.plusDays(2));
        assertThat(statusOn(history, SIXTEENTH.plusDays(2))).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldBeEligibleWhenDaysFromFourteenthBirthdayReach91AndCareStartedBefore() {
        // given in care from 13 to 90 days after the 14th birthday, back in care after 16
        LocalDate back = SIXTEENTH.plusDays(10);
        CareHistory history = child()
                .inCare(FOURTEENTH.minusYears(1), FOURTEENTH.plusDays(90))
                .inCareFrom(back)
                .history();

        // when
        CareStatus status = statusOn(history, back);

        // then 90 days after the 14th birthday and the first day back
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldNotCountDaysBeforeFourteenthBirthdayWhenShortOf91() {
        // given in care from 13 to 89 days after the 14th birthday, back in care after 16
        LocalDate back = SIXTEENTH.plusDays(10);
        CareHistory history = child()
                .inCare(FOURTEENTH.minusYears(1), FOURTEENTH.plusDays(89))
                .inCareFrom(back)
                .history();

        // when / then 89 + 1 = 90 on the first day back, 91 on the next
        assertThat(statusOn(history, back)).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(statusOn(history, back.plusDays(1))).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldBeEligibleWhenSeveralShortEpisodesAddUpTo91() {
        // given three 30-day episodes between 14 and 16, then back in care after 16
        LocalDate back = SIXTEENTH.plusDays(5);
        CareHistory history = child()
                .inCare(FOURTEENTH.plusDays(10), FOURTEENTH.plusDays(40))
                .inCare(FIFTEENTH, FIFTEENTH.plusDays(30), LegalBasis.CARE_ORDER)
                .inCare(FIFTEENTH.plusDays(100), FIFTEENTH.plusDays(130), LegalBasis.REMAND)
                .inCareFrom(back)
                .history();

        // when
        CareStatus status = statusOn(history, back);

        // then
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldNotBeEligibleWhenOverlappingEpisodesCoverOnly89Days() {
        // given two overlapping episodes (59 + 60 days, 89 distinct), then in care from the day after 16
        CareHistory history = child()
                .inCare(SIXTEENTH.minusDays(99), SIXTEENTH.minusDays(40), LegalBasis.CARE_ORDER)
                .inCare(SIXTEENTH.minusDays(70), SIXTEENTH.minusDays(10))
                .inCareFrom(DAY_AFTER_SIXTEENTH)
                .history();

        // when
        CareStatus status = statusOn(history, DAY_AFTER_SIXTEENTH);

        // then 89 + 1 = 90
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @ParameterizedTest
    @EnumSource(value = LegalBasis.class, names = "SHORT_BREAKS", mode = EnumSource.Mode.EXCLUDE)
    void shouldBeEligibleWhenCareIsOnAnyBasisOtherThanShortBreaks(LegalBasis basis) {
        // given
        CareHistory history = child().inCare(FIFTEENTH, null, basis).history();

        // when
        CareStatus status = statusOn(history, DAY_AFTER_SIXTEENTH);

        // then
        assertThat(status).isEqualTo(CareStatus.ELIGIBLE);
    }

    @Test
    void shouldBeLookedAfterNotEligibleWhenUnderSixteen() {
        // given in care since 14
        CareHistory history = child().inCareFrom(FOURTEENTH).history();

        // when
        CareStatus status = statusOn(history, SIXTEENTH.minusDays(1));

        // then
        assertThat(status).isEqualTo(CareStatus.LOOKED_AFTER);
    }

    @Test
    void shouldNeverBeEligibleWhenCareEndsOnSixteenthBirthday() {
        // given the child left care on the 16th birthday, so was not looked after on it
        CareHistory history = child().inCare(FIFTEENTH, SIXTEENTH).history();

        // when / then
        assertThat(RULES.eligibleFrom(history)).isEmpty();
        assertThat(statusOn(history, SIXTEENTH)).isEqualTo(CareStatus.NONE);
    }

    @Test
    void shouldNotBeEligibleWhenLookedAfterOnSixteenthBirthdayOnly() {
        // given the child left care the day after the 16th birthday
        CareHistory history = child().inCare(FIFTEENTH, DAY_AFTER_SIXTEENTH).history();

        // when / then (local reading: at least 24 hours after the 16th birthday)
        assertThat(RULES.eligibleFrom(history)).isEmpty();
        assertThat(statusOn(history, SIXTEENTH)).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(statusOn(history, DAY_AFTER_SIXTEENTH)).isEqualTo(CareStatus.QUALIFYING);
    }

    @Test
    void shouldBeEligibleFromSixteenthBirthdayWhenStillLookedAfterTheDayAfter() {
        // given the child left care two days after the 16th birthday
        CareHistory history = child().inCare(FIFTEENTH, SIXTEENTH.plusDays(2)).history();

        // when / then: care went on past the birthday, so the duties run from the birthday itself
        assertThat(RULES.eligibleFrom(history)).contains(SIXTEENTH);
        assertThat(statusOn(history, SIXTEENTH)).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, DAY_AFTER_SIXTEENTH)).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(statusOn(history, SIXTEENTH.plusDays(2))).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldBeEligibleOnSixteenthBirthdayWhenAuthorityDoesNotRequireTheDayAfter() {
        // given an authority that reads "past the 16th birthday" as "looked after on it"
        CareStatusRules rules = new CareStatusRules(new LocalPractice(Period.of(15, 9, 0), Period.of(17, 6, 0), false));
        CareHistory history = child().inCare(FIFTEENTH, DAY_AFTER_SIXTEENTH).history();

        // when / then
        assertThat(rules.eligibleFrom(history)).contains(SIXTEENTH);
        assertThat(rules.assess(history, SIXTEENTH).status()).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(rules.assess(history, DAY_AFTER_SIXTEENTH).status()).isEqualTo(CareStatus.RELEVANT);
    }

    @Test
    void shouldBeEligibleOnFirstDayBackWhenReturningToCareAtSeventeenWith91DaysAlready() {
        // given 100 days in care at 14, then back in care at 17
        CareHistory history = child()
                .inCare(FOURTEENTH, FOURTEENTH.plusDays(100))
                .inCareFrom(SEVENTEENTH)
                .history();

        // when / then
        assertThat(statusOn(history, SEVENTEENTH.minusDays(1))).isEqualTo(CareStatus.NONE);
        assertThat(statusOn(history, SEVENTEENTH)).isEqualTo(CareStatus.ELIGIBLE);
        assertThat(RULES.eligibleFrom(history)).contains(SEVENTEENTH);
    }
}
