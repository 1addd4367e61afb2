package app.waypoint.disputes.domain.resolution;

import static app.waypoint.disputes.process.IroDisputeProcess.TASK_RESOLVE_INFORMALLY;
import static app.waypoint.disputes.process.IroDisputeProcess.TASK_RESPOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.waypoint.disputes.domain.records.DisputeAction;
import app.waypoint.disputes.domain.records.DisputeIssueType;
import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.disputes.domain.records.DisputeStatus;
import app.waypoint.disputes.domain.resolution.DisputeSteps.Judgement;
import app.waypoint.people.allocations.Responsibles;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.tasks.domain.events.TaskFacts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A dispute's rules without the engine: who responds at each stage, where a judgement leads, and who may do what. */
class DisputeRulesTest {

    private static final UUID YOUNG_PERSON = UUID.randomUUID();
    private static final Instant RAISED = Instant.parse("2027-03-01T10:00:00Z");

    private final Responsibles people = new Responsibles(YOUNG_PERSON, "YP-1", true, List.of("tm1", "tm2"), Optional.of("sm"),
            Optional.empty(), Optional.of("dcs"), Optional.of("iro"));
    private final Caller iro = caller("iro", StaffRole.IRO);
    private final Caller teamManager = caller("tm2", StaffRole.MANAGER);
    private final Caller otherManager = caller("tm9", StaffRole.MANAGER);

    @Test
    void shouldChooseEachFormalStagesRespondentWhenTheYoungPersonHasThem() {
        // when / then
        assertThat(DisputeSteps.respondent(DisputeStage.TEAM_MANAGER, people)).contains("tm1");
        assertThat(DisputeSteps.respondent(DisputeStage.SERVICE_MANAGER, people)).contains("sm");
        assertThat(DisputeSteps.respondent(DisputeStage.DCS, people)).contains("dcs");
    }

    @Test
    void shouldFallToTheTeamsFirstManagerWhenTheStageHasNobody() {
        // when / then there is no head of service
        assertThat(DisputeSteps.respondent(DisputeStage.HEAD_OF_SERVICE, people)).contains("tm1");
    }

    @Test
    void shouldEndTheStagesWhenTheIroIsSatisfied() {
        // when
        Judgement judgement = DisputeSteps.judgement(DisputeStage.SERVICE_MANAGER, true, "DCS");

        // then
        assertThat(judgement).isEqualTo(new Judgement(null, false));
    }

    @Test
    void shouldLeaveNoStageWhenNotSatisfiedAtTheDirectorStage() {
        // when
        Judgement judgement = DisputeSteps.judgement(DisputeStage.DCS, false, null);

        // then
        assertThat(judgement).isEqualTo(new Judgement(null, false));
    }

    @Test
    void shouldMoveToTheNextStageWhenNotSatisfiedAndNoneIsNamed() {
        // when
        Judgement judgement = DisputeSteps.judgement(DisputeStage.INFORMAL, false, null);

        // then
        assertThat(judgement).isEqualTo(new Judgement(DisputeStage.TEAM_MANAGER, true));
    }

    @Test
    void shouldMoveToTheNamedStageWhenItIsLater() {
        // when
        Judgement judgement = DisputeSteps.judgement(DisputeStage.TEAM_MANAGER, false, "HEAD_OF_SERVICE");

        // then
        assertThat(judgement).isEqualTo(new Judgement(DisputeStage.HEAD_OF_SERVICE, true));
    }

    @Test
    void shouldMoveToTheNextStageWhenTheNamedOneIsNotLater() {
        // when
        Judgement judgement = DisputeSteps.judgement(DisputeStage.SERVICE_MANAGER, false, "TEAM_MANAGER");

        // then
        assertThat(judgement).isEqualTo(new Judgement(DisputeStage.HEAD_OF_SERVICE, true));
    }

    @Test
    void shouldRefuseAStageThatDoesNotExist() {
        // when / then
        assertThatThrownBy(() -> DisputeSteps.judgement(DisputeStage.INFORMAL, false, "TRIBUNAL"))
                .isInstanceOf(RuleViolationException.class).extracting("type").isEqualTo("unknown-dispute-stage");
    }

    @Test
    void shouldOfferRespondToTheYoungPersonsTeamManagersOnlyWhenResolvingInformally() {
        // given
        Dispute dispute = dispute();
        Optional<TaskFacts> informal = Optional.of(task(TASK_RESOLVE_INFORMALLY, null));

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, teamManager, informal, false)).containsExactly(DisputeAction.RESPOND);
        assertThat(DisputeService.allowedActions(dispute, people, otherManager, informal, false)).isEmpty();
    }

    @Test
    void shouldOfferRespondOnlyToTheStagesRespondentWhenFormal() {
        // given
        Dispute dispute = dispute();
        dispute.stage = DisputeStage.SERVICE_MANAGER;
        Optional<TaskFacts> formal = Optional.of(task(TASK_RESPOND, "sm"));

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, caller("sm", StaffRole.MANAGER), formal, false))
                .containsExactly(DisputeAction.RESPOND);
        assertThat(DisputeService.allowedActions(dispute, people, teamManager, formal, false)).isEmpty();
    }

    @Test
    void shouldOfferTheIroSkipAndCafcassWhileAResponseIsAwaited() {
        // given
        Dispute dispute = dispute();

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, iro, Optional.of(task(TASK_RESOLVE_INFORMALLY, null)), false))
                .containsExactly(DisputeAction.SKIP_STAGE, DisputeAction.REFER_TO_CAFCASS);
    }

    @Test
    void shouldOfferTheIroJudgeWhenAJudgementIsAwaited() {
        // given
        Dispute dispute = dispute();

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, iro, Optional.empty(), true))
                .containsExactly(DisputeAction.JUDGE, DisputeAction.REFER_TO_CAFCASS);
    }

    @Test
    void shouldNotOfferSkipWhenAtTheLastStage() {
        // given
        Dispute dispute = dispute();
        dispute.stage = DisputeStage.DCS;

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, iro, Optional.of(task(TASK_RESPOND, "dcs")), false))
                .containsExactly(DisputeAction.REFER_TO_CAFCASS);
    }

    @Test
    void shouldOfferOnlyCafcassToTheIroWhenTheDisputeIsClosedAndNotReferred() {
        // given
        Dispute dispute = dispute();
        dispute.status = DisputeStatus.UNRESOLVED;

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, iro, Optional.of(task(TASK_RESPOND, "dcs")), true))
                .containsExactly(DisputeAction.REFER_TO_CAFCASS);
    }

    @Test
    void shouldNotOfferCafcassAgainWhenTheDisputeIsReferred() {
        // given
        Dispute dispute = dispute();
        dispute.cafcassReferredAt = RAISED;

        // when / then
        assertThat(DisputeService.allowedActions(dispute, people, iro, Optional.empty(), false)).isEmpty();
    }

    @Test
    void shouldOfferNothingToAnIroWhenTheYoungPersonIsNotTheirs() {
        // when / then
        assertThat(DisputeService.allowedActions(dispute(), people, caller("iro2", StaffRole.IRO), Optional.of(task(TASK_RESPOND, "tm1")),
                true)).isEmpty();
    }

    private static Dispute dispute() {
        return new Dispute(YOUNG_PERSON, "iro", RAISED, DisputeIssueType.DRIFT_AND_DELAY, "No plan since March", LocalDate.of(2027, 3, 15));
    }

    private static TaskFacts task(String key, String assignee) {
        return new TaskFacts("task-1", key, "Respond", assignee, YOUNG_PERSON, RAISED, "process-1", null, "IroDisputeProcess");
    }

    private static Caller caller(String username, StaffRole role) {
        return new Caller(UUID.randomUUID(), username, role, UUID.randomUUID());
    }
}
