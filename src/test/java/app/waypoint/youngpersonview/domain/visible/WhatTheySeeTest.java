package app.waypoint.youngpersonview.domain.visible;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import app.waypoint.pathwayreviews.domain.plan.ActionStatus;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse.HeadingContent;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WhatTheySeeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void shouldShowTheActionsButNotTheHeadingTextOrOversightNoteWhenThePlanIsSignedOff() {
        PlanActionResponse later = action("Apply for college", TODAY.plusDays(20), ActionStatus.OPEN);
        PlanActionResponse done = action("Open a bank account", TODAY.minusDays(3), ActionStatus.DONE);
        PlanActionResponse sooner = action("Fix the heating", TODAY.plusDays(5), ActionStatus.OPEN);

        List<PlanActionResponse> shown = WhatTheySee.planActions(Optional.of(plan(PlanStatus.SIGNED_OFF, later, done, sooner)));

        assertThat(shown).containsExactly(sooner, later, done);
    }

    @Test
    void shouldShowNoActionsWhenThePlanIsOnlyADraft() {
        assertThat(WhatTheySee.planActions(Optional.of(plan(PlanStatus.DRAFT, action("Draft idea", TODAY, ActionStatus.OPEN))))).isEmpty();
    }

    @Test
    void shouldLetThemAnswerAboutAnActionWhenItIsInTheirSignedOffPlan() {
        PlanActionResponse theirs = action("Apply for college", TODAY.plusDays(20), ActionStatus.OPEN);

        assertThat(WhatTheySee.answerable(Optional.of(plan(PlanStatus.SIGNED_OFF, theirs)), theirs.id())).contains(theirs);
    }

    @Test
    void shouldNotLetThemAnswerAboutAnActionWhenItIsOnlyInADraftOrNotInTheirPlan() {
        PlanActionResponse drafted = action("Draft idea", TODAY, ActionStatus.OPEN);
        PlanActionResponse theirs = action("Apply for college", TODAY.plusDays(20), ActionStatus.OPEN);

        assertThat(WhatTheySee.answerable(Optional.of(plan(PlanStatus.DRAFT, drafted)), drafted.id())).isEmpty();
        assertThat(WhatTheySee.answerable(Optional.of(plan(PlanStatus.SIGNED_OFF, theirs)), UUID.randomUUID())).isEmpty();
        assertThat(WhatTheySee.answerable(Optional.empty(), theirs.id())).isEmpty();
    }

    @Test
    void shouldShowTheirSocialWorkerAndAdviserButNotTheirIroWhenListingWhoHelps() {
        List<AllocationResponse> all = List.of(allocation(AllocationKind.SOCIAL_WORKER, null), allocation(AllocationKind.IRO, null),
                allocation(AllocationKind.PERSONAL_ADVISER, null), allocation(AllocationKind.PERSONAL_ADVISER, TODAY.minusDays(1)));

        assertThat(WhatTheySee.theirWorkers(all)).extracting(AllocationResponse::kind)
                .containsExactly(AllocationKind.SOCIAL_WORKER, AllocationKind.PERSONAL_ADVISER);
    }

    @Test
    void shouldShowWhereTheyLiveButNotTheSuitabilityJudgementWhenShowingTheirHome() {
        AccommodationResponse flat = new AccommodationResponse(UUID.randomUUID(), "U", "Independent living", "U1", "Flat 2, Northgate",
                TODAY.minusMonths(3), false, false, false, "Damp; the landlord was told by the worker's manager", "maya.manager",
                Instant.now(), "wes.worker");

        Optional<WhatTheySee.Home> home = WhatTheySee.home(List.of(flat));

        assertThat(home).contains(new WhatTheySee.Home("Independent living", "Flat 2, Northgate"));
        assertThat(home.get().toString()).doesNotContain("Damp").doesNotContain("maya.manager");
    }

    private static PathwayPlanResponse plan(PlanStatus status, PlanActionResponse... actions) {
        HeadingContent heading = new HeadingContent("Staff-only wording about her mother's health", List.of(actions));
        return new PathwayPlanResponse(UUID.randomUUID(), 1, status, null, "Her views", new PlanHeadings<>(heading, null, null, null, null,
                null, null, null, null, null), Instant.now(), "wes.worker", Instant.now(), "wes.worker", Instant.now(), "maya.manager",
                "Oversight: concerns about her boyfriend", null, List.of());
    }

    private static PlanActionResponse action(String description, LocalDate due, ActionStatus status) {
        return new PlanActionResponse(UUID.randomUUID(), "contactAndSupport", description, "wes.worker", due, status);
    }

    private static AllocationResponse allocation(AllocationKind kind, LocalDate ended) {
        return new AllocationResponse(UUID.randomUUID(), kind, "someone", "Some One", TODAY.minusYears(1), ended, "maya.manager",
                ended == null ? null : "Moved to another team", ended == null ? null : "maya.manager");
    }
}
