package app.waypoint.risks.domain.flags;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.risks.domain.records.RaiseConcernRequest;
import app.waypoint.risks.domain.records.RiskAction;
import app.waypoint.risks.domain.records.RiskDecisionRequest;
import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.risks.domain.records.RiskReviewRequest;
import app.waypoint.risks.domain.records.RiskSource;
import app.waypoint.risks.domain.records.RiskStatus;
import app.waypoint.risks.domain.records.SafetyPlanActionRequest;
import app.waypoint.shared.WaypointException.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a risk flag, without the engine: who may do what now, and what a decision and a review must say. */
class RiskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Set<String> IN_POST = Set.of("adviser.a", "worker.b");

    @Test
    void shouldOfferTheDecisionOnlyToATeamManagerWhileTheConcernAwaitsItAndItsTaskIsOpen() {
        assertThat(RiskRules.allowedActions(RiskStatus.AWAITING_DECISION, true, false, true)).containsExactly(RiskAction.DECIDE);
        assertThat(RiskRules.allowedActions(RiskStatus.AWAITING_DECISION, true, false, false)).isEmpty();
        assertThat(RiskRules.allowedActions(RiskStatus.AWAITING_DECISION, false, false, true)).isEmpty();
        assertThat(RiskRules.allowedActions(RiskStatus.NOT_ACCEPTED, true, false, true)).isEmpty();
    }

    @Test
    void shouldOfferTheReviewOnlyToATeamManagerOfAnActiveRiskWhenTheReviewTaskIsOpen() {
        assertThat(RiskRules.allowedActions(RiskStatus.ACTIVE, false, true, true)).containsExactly(RiskAction.REVIEW);
        assertThat(RiskRules.allowedActions(RiskStatus.ACTIVE, false, false, true)).isEmpty();
        assertThat(RiskRules.allowedActions(RiskStatus.ACTIVE, false, true, false)).isEmpty();
        assertThat(RiskRules.allowedActions(RiskStatus.CLOSED, false, true, true)).isEmpty();
    }

    @Test
    void shouldRequireASafetyPlanAndAReviewDateWhenTheRiskIsAccepted() {
        // given an active risk without a plan or a review date
        List<FieldError> errors = RiskRules.decisionErrors(new RiskDecisionRequest(true, "Worrying", List.of(), null), TODAY, IN_POST::contains);

        // then both are asked for
        assertThat(errors).extracting(FieldError::field).containsExactly("actions", "reviewOn");
    }

    @Test
    void shouldRefuseAnActionOwnedByNobodyInPostOrDueInThePastAndAReviewDueToday() {
        // given an action for someone not in post, one due yesterday, and a review today
        RiskDecisionRequest decision = new RiskDecisionRequest(true, "Worrying", List.of(
                new SafetyPlanActionRequest("Refer to the NRM", "left.c", TODAY.plusDays(3)),
                new SafetyPlanActionRequest("Speak to the police", "worker.b", TODAY.minusDays(1))), TODAY);

        // then each is named
        assertThat(RiskRules.decisionErrors(decision, TODAY, IN_POST::contains)).extracting(FieldError::field)
                .containsExactly("actions[0].owner", "actions[1].dueOn", "reviewOn");
    }

    @Test
    void shouldAcceptAPlanWithOwnersInPostAndAReviewAfterToday() {
        RiskDecisionRequest decision = new RiskDecisionRequest(true, "Worrying", List.of(
                new SafetyPlanActionRequest("Refer to the NRM", "adviser.a", TODAY)), TODAY.plusDays(28));
        assertThat(RiskRules.decisionErrors(decision, TODAY, IN_POST::contains)).isEmpty();
    }

    @Test
    void shouldRefuseASafetyPlanForAConcernNotAccepted() {
        RiskDecisionRequest decision = new RiskDecisionRequest(false, "No wider concern", List.of(
                new SafetyPlanActionRequest("Refer to the NRM", "adviser.a", TODAY)), null);
        assertThat(RiskRules.decisionErrors(decision, TODAY, IN_POST::contains)).extracting(FieldError::field).containsExactly("actions");
        assertThat(RiskRules.decisionErrors(new RiskDecisionRequest(false, "No wider concern", null, null), TODAY, IN_POST::contains)).isEmpty();
    }

    @Test
    void shouldAskForTheNextReviewDateOnlyWhenTheRiskStaysActive() {
        assertThat(RiskRules.reviewErrors(new RiskReviewRequest(true, "Still seen with them", null), TODAY)).extracting(FieldError::field)
                .containsExactly("nextReviewOn");
        assertThat(RiskRules.reviewErrors(new RiskReviewRequest(true, "Still seen with them", TODAY.plusDays(1)), TODAY)).isEmpty();
        assertThat(RiskRules.reviewErrors(new RiskReviewRequest(false, "Safe now", null), TODAY)).isEmpty();
    }

    @Test
    void shouldRefuseAConcernSeenInTheFutureOrSaidToComeFromASignificantChange() {
        assertThat(RiskRules.raiseErrors(new RaiseConcernRequest(RiskKind.MISSING, "Gone", TODAY.plusDays(1), RiskSource.VISIT), TODAY))
                .extracting(FieldError::field).containsExactly("seenOn");
        assertThat(RiskRules.raiseErrors(new RaiseConcernRequest(RiskKind.MISSING, "Gone", TODAY, RiskSource.SIGNIFICANT_CHANGE), TODAY))
                .extracting(FieldError::field).containsExactly("source");
        assertThat(RiskRules.raiseErrors(new RaiseConcernRequest(RiskKind.MISSING, "Gone", TODAY, null), TODAY)).isEmpty();
    }

    @Test
    void shouldTakeAReviewAsRecordedOnlyWhenTheRiskClosedOrItsNextReviewIsAfterToday() {
        assertThat(RiskRules.reviewRecorded(RiskStatus.CLOSED, null, TODAY)).isTrue();
        assertThat(RiskRules.reviewRecorded(RiskStatus.ACTIVE, TODAY.plusDays(28), TODAY)).isTrue();
        assertThat(RiskRules.reviewRecorded(RiskStatus.ACTIVE, TODAY, TODAY)).isFalse();
    }

    @Test
    void shouldDecideExploitationAndMissingOnTheShortTimescale() {
        assertThat(List.of(RiskKind.values())).filteredOn(RiskKind::urgent)
                .containsExactly(RiskKind.CRIMINAL_EXPLOITATION, RiskKind.SEXUAL_EXPLOITATION, RiskKind.MISSING);
    }
}
