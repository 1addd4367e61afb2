package app.waypoint.people.status;

import static app.waypoint.people.status.StatusFixtures.BORN;
import static app.waypoint.people.status.StatusFixtures.FOURTEENTH;
import static app.waypoint.people.status.StatusFixtures.RULES;
import static app.waypoint.people.status.StatusFixtures.SIXTEENTH;
import static app.waypoint.people.status.StatusFixtures.child;
import static app.waypoint.people.status.StatusFixtures.childBornOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class KeyDatesTest {

    @Test
    void shouldDeriveBirthdaysAndLocalDeadlinesWhenBornOnAnOrdinaryDay() {
        // given
        CareHistory history = child().history();

        // when
        KeyDates dates = RULES.assess(history, BORN).keyDates();

        // then
        assertThat(dates.transitionOpens()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(dates.sixteenth()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(dates.eighteenth()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(dates.twentyFirst()).isEqualTo(LocalDate.of(2029, 6, 15));
        assertThat(dates.twentyFifth()).isEqualTo(LocalDate.of(2033, 6, 15));
        assertThat(dates.stayingPutAgreedBy()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(dates.eligibleFrom()).isEmpty();
        assertThat(dates.needsAssessmentDue()).isEmpty();
    }

    @Test
    void shouldUseFirstOfMarchBirthdaysWhenBornOnLeapDay() {
        // given
        CareHistory history = childBornOn(LocalDate.of(2008, 2, 29)).history();

        // when
        KeyDates dates = RULES.assess(history, LocalDate.of(2008, 2, 29)).keyDates();

        // then 15th birthday 1 March 2023 + 9 months; 17th birthday 1 March 2025 + 6 months
        assertThat(dates.transitionOpens()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(dates.sixteenth()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(dates.eighteenth()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(dates.twentyFirst()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(dates.twentyFifth()).isEqualTo(LocalDate.of(2033, 3, 1));
        assertThat(dates.stayingPutAgreedBy()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void shouldClampTransitionDateToMonthEndWhenNineMonthsLandOnAShortMonth() {
        // given born 31 May: 15 on 31 May 2023, + 9 months has no 31 February
        CareHistory history = childBornOn(LocalDate.of(2008, 5, 31)).history();

        // when
        KeyDates dates = RULES.assess(history, LocalDate.of(2008, 5, 31)).keyDates();

        // then
        assertThat(dates.transitionOpens()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void shouldDueNeedsAssessmentThreeMonthsAfterSixteenthBirthdayWhenCareGoesOnPastIt() {
        // given in care since 15 and 3 months
        CareHistory history = child().inCareFrom(BORN.plusYears(15).plusMonths(3)).history();

        // when
        KeyDates dates = RULES.assess(history, SIXTEENTH.plusDays(1)).keyDates();

        // then
        assertThat(dates.eligibleFrom()).contains(SIXTEENTH);
        assertThat(dates.needsAssessmentDue()).contains(SIXTEENTH.plusMonths(3));
    }

    @Test
    void shouldDueNeedsAssessmentThreeMonthsAfterEligibleWhenEligibleLaterThanSixteenth() {
        // given 100 days in care at 14, back in care on 31 August 2025 (aged 17)
        LocalDate back = LocalDate.of(2025, 8, 31);
        CareHistory history = child().inCare(FOURTEENTH, FOURTEENTH.plusDays(100)).inCareFrom(back).history();

        // when
        KeyDates dates = RULES.assess(history, back).keyDates();

        // then 31 August + 3 months, clamped to 30 November
        assertThat(dates.eligibleFrom()).contains(back);
        assertThat(dates.needsAssessmentDue()).contains(LocalDate.of(2025, 11, 30));
    }

    @Test
    void shouldClampNeedsAssessmentToTwentyEighthWhenEligibleFrom30NovemberBeforeCommonYear() {
        // given 16 on 30 November 2025, in care since 15: eligible from 30 November 2025
        LocalDate born = LocalDate.of(2009, 11, 30);
        CareHistory history = childBornOn(born).inCareFrom(born.plusYears(15)).history();

        // when
        KeyDates dates = RULES.assess(history, LocalDate.of(2025, 12, 1)).keyDates();

        // then
        assertThat(dates.eligibleFrom()).contains(LocalDate.of(2025, 11, 30));
        assertThat(dates.needsAssessmentDue()).contains(LocalDate.of(2026, 2, 28));
    }

    @Test
    void shouldClampNeedsAssessmentToTwentyNinthWhenEligibleFrom30NovemberBeforeLeapYear() {
        // given 16 on 30 November 2027, in care since 15: eligible from 30 November 2027
        LocalDate born = LocalDate.of(2011, 11, 30);
        CareHistory history = childBornOn(born).inCareFrom(born.plusYears(15)).history();

        // when
        KeyDates dates = RULES.assess(history, LocalDate.of(2027, 12, 1)).keyDates();

        // then
        assertThat(dates.eligibleFrom()).contains(LocalDate.of(2027, 11, 30));
        assertThat(dates.needsAssessmentDue()).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void shouldShowExpectedEligibleFromWhenAssessedBeforeSixteenWithCareStillGoing() {
        // given in care since 14, assessed at 15 and a half
        CareHistory history = child().inCareFrom(FOURTEENTH).history();

        // when
        StatusAssessment assessment = RULES.assess(history, BORN.plusYears(15).plusMonths(6));

        // then
        assertThat(assessment.status()).isEqualTo(CareStatus.LOOKED_AFTER);
        assertThat(assessment.keyDates().eligibleFrom()).contains(SIXTEENTH);
    }

    @Test
    void shouldDueNeedsAssessmentThreeMonthsAfterSixteenthWhenEligibleOnTheBirthday() {
        // given an authority that does not require care to go on into the day after the 16th birthday
        CareStatusRules rules = new CareStatusRules(new LocalPractice(Period.of(15, 9, 0), Period.of(17, 6, 0), false));
        CareHistory history = child().inCareFrom(FOURTEENTH).history();

        // when
        KeyDates dates = rules.assess(history, SIXTEENTH).keyDates();

        // then
        assertThat(dates.eligibleFrom()).contains(SIXTEENTH);
        assertThat(dates.needsAssessmentDue()).contains(LocalDate.of(2024, 9, 15));
    }

    @Test
    void shouldUseAuthoritysOwnAgesWhenLocalPracticeDiffers() {
        // given an authority opening transition cases at 15y6m and settling staying put by 17y9m
        CareStatusRules rules = new CareStatusRules(new LocalPractice(Period.of(15, 6, 0), Period.of(17, 9, 0), true));

        // when
        KeyDates dates = rules.assess(child().history(), BORN).keyDates();

        // then
        assertThat(dates.transitionOpens()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(dates.stayingPutAgreedBy()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void shouldRejectLocalPracticeWhenAnAgeIsMissingNegativeOrInDays() {
        // given ages that are not whole years and months

        // when / then
        assertThatThrownBy(() -> new LocalPractice(null, Period.of(17, 6, 0), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalPractice(Period.of(15, 9, 0), null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalPractice(Period.of(15, 9, 1), Period.of(17, 6, 0), true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LocalPractice(Period.of(15, 9, 0), Period.ofMonths(-1), true)).isInstanceOf(IllegalArgumentException.class);
    }
}
