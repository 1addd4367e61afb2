package app.waypoint.risks.domain.flags;

import app.waypoint.risks.domain.records.RaiseConcernRequest;
import app.waypoint.risks.domain.records.RiskAction;
import app.waypoint.risks.domain.records.RiskDecisionRequest;
import app.waypoint.risks.domain.records.RiskReviewRequest;
import app.waypoint.risks.domain.records.RiskSource;
import app.waypoint.risks.domain.records.RiskStatus;
import app.waypoint.risks.domain.records.SafetyPlanActionRequest;
import app.waypoint.shared.WaypointException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules of a risk flag, in one place and without the engine: who may do what with a concern now, and what a decision and a
 * review must say. {@link RiskService} applies them; resources and pages only show {@code allowedActions}.
 */
public final class RiskRules {

    private RiskRules() {
    }

    /**
     * What the caller may do with a concern now: decide on it (awaiting a decision, its task open) or review its safety plan (active,
     * the review task open); only the young person's team managers do either. An IRO and the worker read it.
     */
    public static List<RiskAction> allowedActions(RiskStatus status, boolean decisionTaskOpen, boolean reviewTaskOpen, boolean teamManager) {
        List<RiskAction> allowed = new ArrayList<>();
        if (teamManager && status == RiskStatus.AWAITING_DECISION && decisionTaskOpen) {
            allowed.add(RiskAction.DECIDE);
        }
        if (teamManager && status == RiskStatus.ACTIVE && reviewTaskOpen) {
            allowed.add(RiskAction.REVIEW);
        }
        return allowed;
    }

    /** Where a person may raise a concern: a significant change raises its own; nobody says one was raised by one. */
    public static List<FieldError> raiseErrors(RaiseConcernRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.seenOn() != null && request.seenOn().isAfter(today)) {
            errors.add(new FieldError("seenOn", "must be today or earlier"));
        }
        if (request.source() == RiskSource.SIGNIFICANT_CHANGE) {
            errors.add(new FieldError("source", "is a visit, a contact or the young person's file"));
        }
        return errors;
    }

    /**
     * An active risk needs a safety plan: at least one action, each owned by a member of staff in post and due today or later,
     * and a review date after today. A concern not accepted has no plan.
     */
    public static List<FieldError> decisionErrors(RiskDecisionRequest decision, LocalDate today, Predicate<String> staffInPost) {
        List<FieldError> errors = new ArrayList<>();
        List<SafetyPlanActionRequest> actions = decision.actionsOrNone();
        if (!Boolean.TRUE.equals(decision.active())) {
            if (!actions.isEmpty()) {
                errors.add(new FieldError("actions", "a concern not accepted as a risk has no safety plan"));
            }
            return errors;
        }
        if (actions.isEmpty()) {
            errors.add(new FieldError("actions", "an active risk needs a safety plan with at least one action"));
        }
        for (int i = 0; i < actions.size(); i++) {
            SafetyPlanActionRequest action = actions.get(i);
            if (!staffInPost.test(action.owner())) {
                errors.add(new FieldError("actions[" + i + "].owner", "must be a member of staff in post"));
            }
            if (action.dueOn().isBefore(today)) {
                errors.add(new FieldError("actions[" + i + "].dueOn", "must be today or later"));
            }
        }
        errors.addAll(reviewDateErrors("reviewOn", decision.reviewOn(), today));
        return errors;
    }

    /** A risk kept active is reviewed again on a day after today; a risk closed needs no date. */
    public static List<FieldError> reviewErrors(RiskReviewRequest review, LocalDate today) {
        return Boolean.TRUE.equals(review.stillActive()) ? reviewDateErrors("nextReviewOn", review.nextReviewOn(), today) : List.of();
    }

    /**
     * Whether the review task's completion follows a review recorded through the risk: closed, or active with its next review
     * after today (a review recorded keeps no active risk due today or earlier).
     */
    public static boolean reviewRecorded(RiskStatus status, LocalDate nextReviewOn, LocalDate today) {
        return status == RiskStatus.CLOSED || (status == RiskStatus.ACTIVE && nextReviewOn != null && nextReviewOn.isAfter(today));
    }

    private static List<FieldError> reviewDateErrors(String field, LocalDate reviewOn, LocalDate today) {
        if (reviewOn == null) {
            return List.of(new FieldError(field, "give the day the safety plan is reviewed"));
        }
        if (!reviewOn.isAfter(today)) {
            return List.of(new FieldError(field, "must be after today"));
        }
        return List.of();
    }
}
