package app.waypoint.houseproject.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.waypoint.houseproject.domain.records.TenancyType;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The House Project's guards without the engine: a cohort's places, the setting-up-home allowance, the move-in, the tenancy. */
class HouseProjectRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private final Cohort cohort = new Cohort("Spring 2027", TODAY, 2, UUID.randomUUID(), List.of("lead"), Instant.EPOCH, "manager");

    @Test
    void shouldTakeTheYoungPersonWhenACohortPlaceIsLeft() {
        // when / then
        assertThatCode(() -> HouseProjectSteps.requirePlaceLeft(cohort, 1)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseTheYoungPersonWhenEveryPlaceIsTaken() {
        // when / then
        assertThatThrownBy(() -> HouseProjectSteps.requirePlaceLeft(cohort, 2))
                .isInstanceOf(ConflictException.class).extracting("type").isEqualTo("cohort-full");
    }

    @Test
    void shouldAcceptASpendWhenBetweenNothingAndTheWholeAllowance() {
        // when / then
        assertThatCode(() -> HouseProjectSteps.requireWithinAllowance(2000, 2000)).doesNotThrowAnyException();
        assertThatCode(() -> HouseProjectSteps.requireWithinAllowance(0, 2000)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseASpendWhenOverTheAllowanceOrNegative() {
        // when / then
        assertThatThrownBy(() -> HouseProjectSteps.requireWithinAllowance(2001, 2000))
                .isInstanceOf(RuleViolationException.class).extracting("type").isEqualTo("over-setting-up-home-allowance");
        assertThatThrownBy(() -> HouseProjectSteps.requireWithinAllowance(-1, 2000))
                .isInstanceOf(RuleViolationException.class).extracting("type").isEqualTo("over-setting-up-home-allowance");
    }

    @Test
    void shouldRecordAMoveInWhenItHappenedToday() {
        // when / then
        assertThatCode(() -> HouseProjectSteps.requireHappened(TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAMoveInWhenItIsInTheFuture() {
        // when / then
        assertThatThrownBy(() -> HouseProjectSteps.requireHappened(TODAY.plusDays(1), TODAY))
                .isInstanceOf(RuleViolationException.class).extracting("type").isEqualTo("move-in-in-future");
    }

    @Test
    void shouldReadTheTenancyTypeWhenItIsOneOfTheKnownOnes() {
        // when / then
        assertThat(HouseProjectSteps.tenancyType("INTRODUCTORY")).isEqualTo(TenancyType.INTRODUCTORY);
        assertThatThrownBy(() -> HouseProjectSteps.tenancyType("FREEHOLD"))
                .isInstanceOf(RuleViolationException.class).extracting("type").isEqualTo("unknown-tenancy-type");
    }

    @Test
    void shouldRefuseAMoveInWhenThePropertyHasNoSuitabilityJudgementOrWasFoundUnsuitable() {
        // when / then
        for (Boolean judgement : new Boolean[] {null, false}) {
            assertThatThrownBy(() -> HouseProjectSteps.requireJudgedSuitable(judgement))
                    .isInstanceOf(RuleViolationException.class).extracting("type").isEqualTo("move-in-without-suitability");
        }
        assertThatCode(() -> HouseProjectSteps.requireJudgedSuitable(true)).doesNotThrowAnyException();
    }
}
