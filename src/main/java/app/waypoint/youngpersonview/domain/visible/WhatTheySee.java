package app.waypoint.youngpersonview.domain.visible;

import app.waypoint.pathwayreviews.domain.plan.ActionStatus;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewResponse;
import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactResponse;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one rule of what a young person may see of their own record, section by section. They see: their social worker and
 * personal adviser (name and work e-mail, never their IRO's or anyone else's details); the actions of their last
 * signed-off plan (what, whose, when, done or not), never a draft, the headings' text (it may name other people), the
 * sign-off's oversight note or who wrote what; where they live now (the type and address), never the suitability judgement,
 * its rationale or who made it; the due date of their open review, never why it was started (a significant change's note
 * is a staff note); the date of their last visit, never a contact's note. Everything here is about the young person whose
 * id their session holds: the pages ask for nobody else's record.
 */
public final class WhatTheySee {

    private WhatTheySee() {
    }

    /** Their social worker and personal adviser, as allocated now. */
    public static List<AllocationResponse> theirWorkers(List<AllocationResponse> current) {
        return current.stream().filter(a -> a.endedOn() == null)
                .filter(a -> a.kind() == AllocationKind.SOCIAL_WORKER || a.kind() == AllocationKind.PERSONAL_ADVISER).toList();
    }

    /** The plan's actions they see: those of a signed-off plan, open ones first by due date; none of a draft. */
    public static List<PlanActionResponse> planActions(Optional<PathwayPlanResponse> plan) {
        return plan.filter(p -> p.status() == PlanStatus.SIGNED_OFF).stream()
                .flatMap(p -> headings(p).stream())
                .filter(h -> h != null && h.actions() != null).flatMap(h -> h.actions().stream())
                .sorted(Comparator.comparing((PlanActionResponse a) -> a.status() == ActionStatus.DONE).thenComparing(PlanActionResponse::dueDate))
                .toList();
    }

    /**
     * The action a young person may say was done or not: one of the actions of their last signed-off plan (the plan they see),
     * found by its id; none for any other id (a draft's action, an older version's, anyone else's).
     */
    public static Optional<PlanActionResponse> answerable(Optional<PathwayPlanResponse> lastSignedOff, UUID actionId) {
        return planActions(lastSignedOff).stream().filter(action -> action.id().equals(actionId)).findFirst();
    }

    private static List<PathwayPlanResponse.HeadingContent> headings(PathwayPlanResponse plan) {
        var h = plan.headings();
        return java.util.Arrays.asList(h.contactAndSupport(), h.educationAndTraining(), h.employmentOrActivity(), h.contingencyPlan(),
                h.accommodation(), h.familyAndRelationships(), h.independentLivingSkills(), h.financialSupport(), h.health(), h.identity());
    }

    /** Where they live now: the type and the address, nothing of the judgement about it. */
    public static Optional<Home> home(List<AccommodationResponse> history) {
        return history.stream().filter(entry -> !entry.planned()).findFirst()
                .map(entry -> new Home(entry.categoryDescription(), entry.addressOrProvider()));
    }

    /** Where a young person lives, as they see it. */
    public record Home(String type, String where) {
    }

    /** When their next review is due: the open review's due date only. */
    public static Optional<LocalDate> nextReview(List<PathwayReviewResponse> reviews) {
        return reviews.stream().filter(PathwayReviewResponse::open).map(PathwayReviewResponse::dueOn).min(Comparator.naturalOrder());
    }

    /** Whether a review is open that they asked for themselves. */
    public static boolean askedFor(List<PathwayReviewResponse> reviews) {
        return reviews.stream().filter(PathwayReviewResponse::open).flatMap(review -> review.triggers().stream())
                .anyMatch(trigger -> trigger.kind() == ReviewTriggerKind.REQUEST_BY_YOUNG_PERSON);
    }

    /** The day of their last visit or contact made: the date only. */
    public static Optional<LocalDate> lastVisit(List<ContactResponse> contacts) {
        return contacts.stream().filter(c -> c.outcome() == ContactOutcome.MADE).map(ContactResponse::contactOn).max(Comparator.naturalOrder());
    }
}
