package app.waypoint.pathwayreviews.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.ActionInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.HeadingInput;
import app.waypoint.shared.WaypointException.FieldError;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PathwayPlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Predicate<String> STAFF = Set.of("pa.jones", "sw.smith")::contains;

    @Test
    void shouldAcceptDraftWhenEveryActionHasOwnerAndDueDate() {
        // given
        SavePlanDraftRequest draft = draftWith(PathwayHeading.ACCOMMODATION,
                new ActionInput(null, "Visit the flat", "pa.jones", TODAY, null));

        // when
        List<FieldError> errors = PathwayPlanRules.draftErrors(draft, Map.of(), STAFF, TODAY);

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldNameTheActionWhenItHasNoOwnerOrDueDate() {
        // given
        SavePlanDraftRequest draft = draftWith(PathwayHeading.CONTINGENCY_PLAN,
                new ActionInput(null, "Agree a safe place to stay", "pa.jones", TODAY.plusDays(7), null),
                new ActionInput(null, "Call the housing team", null, null, null));

        // when
        List<FieldError> errors = PathwayPlanRules.draftErrors(draft, Map.of(), STAFF, TODAY);

        // then
        assertThat(errors).extracting(FieldError::field)
                .containsExactly("headings.contingencyPlan.actions[1].owner", "headings.contingencyPlan.actions[1].dueDate");
    }

    @Test
    void shouldRefuseOwnerWhenNotStaff() {
        // given
        SavePlanDraftRequest draft = draftWith(PathwayHeading.HEALTH,
                new ActionInput(null, "Register with a GP", "nobody", TODAY, null));

        // when
        List<FieldError> errors = PathwayPlanRules.draftErrors(draft, Map.of(), STAFF, TODAY);

        // then
        assertThat(errors).containsExactly(new FieldError("headings.health.actions[0].owner", "must be the username of a member of staff"));
    }

    @Test
    void shouldRefusePastDueDateWhenActionIsNew() {
        // given
        SavePlanDraftRequest draft = draftWith(PathwayHeading.IDENTITY,
                new ActionInput(null, "Passport", "sw.smith", TODAY.minusDays(1), null));

        // when
        List<FieldError> errors = PathwayPlanRules.draftErrors(draft, Map.of(), STAFF, TODAY);

        // then
        assertThat(errors).extracting(FieldError::field).containsExactly("headings.identity.actions[0].dueDate");
    }

    @Test
    void shouldKeepPassedDueDateWhenCarriedOverUnchanged() {
        // given an action already on the plan, now overdue
        UUID id = UUID.randomUUID();
        LocalDate passed = TODAY.minusDays(20);
        SavePlanDraftRequest unchanged = draftWith(PathwayHeading.HEALTH,
                new ActionInput(id, "Dentist", "sw.smith", passed, ActionStatus.OPEN));
        SavePlanDraftRequest moved = draftWith(PathwayHeading.HEALTH,
                new ActionInput(id, "Dentist", "sw.smith", passed.plusDays(1), null));

        // when
        List<FieldError> keep = PathwayPlanRules.draftErrors(unchanged, Map.of(id, passed), STAFF, TODAY);
        List<FieldError> move = PathwayPlanRules.draftErrors(moved, Map.of(id, passed), STAFF, TODAY);

        // then
        assertThat(keep).isEmpty();
        assertThat(move).extracting(FieldError::field).containsExactly("headings.health.actions[0].dueDate");
    }

    @Test
    void shouldRefuseActionIdWhenNotOnThePlan() {
        // given
        SavePlanDraftRequest draft = draftWith(PathwayHeading.HEALTH,
                new ActionInput(UUID.randomUUID(), "Dentist", "sw.smith", TODAY, null));

        // when
        List<FieldError> errors = PathwayPlanRules.draftErrors(draft, Map.of(), STAFF, TODAY);

        // then
        assertThat(errors).extracting(FieldError::field).containsExactly("headings.health.actions[0].id");
    }

    @Test
    void shouldRefuseSignOffWhenContingencyPlanIsBlank() {
        // given
        Map<PathwayHeading, String> texts = new EnumMap<>(PathwayHeading.class);
        texts.put(PathwayHeading.ACCOMMODATION, "Semi-independent flat");
        texts.put(PathwayHeading.CONTINGENCY_PLAN, "  ");

        // when
        List<FieldError> errors = PathwayPlanRules.signOffErrors(texts);

        // then
        assertThat(errors).extracting(FieldError::field).containsExactly("headings.contingencyPlan");
    }

    @Test
    void shouldAllowSignOffWhenContingencyPlanIsWritten() {
        // given
        Map<PathwayHeading, String> texts = Map.of(PathwayHeading.CONTINGENCY_PLAN, "If the placement ends, emergency housing via duty PA");

        // when
        List<FieldError> errors = PathwayPlanRules.signOffErrors(texts);

        // then
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldOfferAManagerToSignOffAndSaveWhenTheVersionIsTheDraft() {
        // when
        List<PathwayPlanAction> allowed = PathwayPlanRules.allowedActions(PlanStatus.DRAFT, true, false, false, true, true);

        // then
        assertThat(allowed).containsExactly(PathwayPlanAction.SAVE_DRAFT, PathwayPlanAction.SIGN_OFF);
    }

    @Test
    void shouldOfferAWorkerNoSignOffWhenTheVersionIsTheDraft() {
        // when
        List<PathwayPlanAction> allowed = PathwayPlanRules.allowedActions(PlanStatus.DRAFT, true, false, false, true, false);

        // then
        assertThat(allowed).containsExactly(PathwayPlanAction.SAVE_DRAFT);
    }

    @Test
    void shouldOfferTheCopyGivenOnceWhenTheVersionIsTheLastSignedOff() {
        // when
        List<PathwayPlanAction> notGiven = PathwayPlanRules.allowedActions(PlanStatus.SIGNED_OFF, true, true, false, true, false);
        List<PathwayPlanAction> given = PathwayPlanRules.allowedActions(PlanStatus.SIGNED_OFF, true, true, true, true, false);

        // then
        assertThat(notGiven).containsExactly(PathwayPlanAction.SAVE_DRAFT, PathwayPlanAction.RECORD_COPY_GIVEN);
        assertThat(given).containsExactly(PathwayPlanAction.SAVE_DRAFT);
    }

    @Test
    void shouldOfferNothingWhenTheVersionIsHistoryOrTheCallerOnlyReads() {
        // when
        List<PathwayPlanAction> history = PathwayPlanRules.allowedActions(PlanStatus.SIGNED_OFF, false, false, false, true, true);
        List<PathwayPlanAction> reader = PathwayPlanRules.allowedActions(PlanStatus.DRAFT, true, false, false, false, false);

        // then
        assertThat(history).isEmpty();
        assertThat(reader).isEmpty();
    }

    private static SavePlanDraftRequest draftWith(PathwayHeading heading, ActionInput... actions) {
        return new SavePlanDraftRequest("My views", PlanHeadings.of(h -> h == heading ? new HeadingInput("Text", List.of(actions)) : null));
    }
}
