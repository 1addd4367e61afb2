package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.ActionInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.HeadingInput;
import app.waypoint.shared.WaypointException.FieldError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What makes a pathway plan acceptable (domain notes §2b): every action has a description, an owner who is a member of
 * staff and a due date that is not in the past when the action is made (or its date is moved); a plan is signed off
 * only with a contingency plan. Errors name fields as JSON paths, e.g. {@code headings.contingencyPlan.actions[0].dueDate}.
 */
final class PathwayPlanRules {

    private PathwayPlanRules() {
    }

    /**
     * The rules a draft breaks, empty if none.
     *
     * @param knownDueDates the actions already on the plan (by action id) with their due dates; only these may be named by id
     * @param isStaff       whether a username belongs to a member of staff
     */
    static List<FieldError> draftErrors(SavePlanDraftRequest draft, Map<UUID, LocalDate> knownDueDates, Predicate<String> isStaff,
                                        LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.headings() == null) {
            return errors;
        }
        Set<UUID> seen = new HashSet<>();
        for (PathwayHeading heading : PathwayHeading.values()) {
            HeadingInput input = draft.headings().get(heading);
            List<ActionInput> actions = input == null || input.actions() == null ? List.of() : input.actions();
            for (int i = 0; i < actions.size(); i++) {
                String path = "headings." + heading.field() + ".actions[" + i + "]";
                ActionInput action = actions.get(i);
                if (action == null) {
                    errors.add(new FieldError(path, "must be an action"));
                    continue;
                }
                if (action.id() != null && (!knownDueDates.containsKey(action.id()) || !seen.add(action.id()))) {
                    errors.add(new FieldError(path + ".id", "is not an action of this plan, or appears twice"));
                }
                if (blank(action.description())) {
                    errors.add(new FieldError(path + ".description", "is required"));
                }
                if (blank(action.owner())) {
                    errors.add(new FieldError(path + ".owner", "is required: every action needs an owner"));
                } else if (!isStaff.test(action.owner())) {
                    errors.add(new FieldError(path + ".owner", "must be the username of a member of staff"));
                }
                if (action.dueDate() == null) {
                    errors.add(new FieldError(path + ".dueDate", "is required: every action needs a due date"));
                } else if (action.dueDate().isBefore(today) && !unchangedDate(action, knownDueDates)) {
                    errors.add(new FieldError(path + ".dueDate", "must not be in the past"));
                }
            }
        }
        return errors;
    }

    /** The rules a plan breaks if it were signed off with these heading texts, empty if none. */
    static List<FieldError> signOffErrors(Map<PathwayHeading, String> texts) {
        if (blank(texts.get(PathwayHeading.CONTINGENCY_PLAN))) {
            return List.of(new FieldError("headings." + PathwayHeading.CONTINGENCY_PLAN.field(),
                    "a plan cannot be signed off without a contingency plan"));
        }
        return List.of();
    }

    /**
     * What a caller may do with one version of the plan: save the draft (a writer: the allocated worker or adviser, a manager
     * of the team, an administrator) when the version is the draft or the newest version, sign off a draft (a manager or an
     * administrator who acts for the young person), record the copy given for the last signed-off version not yet given.
     *
     * @param newest whether no later version exists
     * @param lastSignedOff whether this is the last signed-off version
     */
    static List<PathwayPlanAction> allowedActions(PlanStatus status, boolean newest, boolean lastSignedOff, boolean copyGiven,
                                                  boolean writes, boolean signs) {
        List<PathwayPlanAction> allowed = new ArrayList<>();
        if (writes && newest) {
            allowed.add(PathwayPlanAction.SAVE_DRAFT);
        }
        if (signs && status == PlanStatus.DRAFT) {
            allowed.add(PathwayPlanAction.SIGN_OFF);
        }
        if (writes && status == PlanStatus.SIGNED_OFF && lastSignedOff && !copyGiven) {
            allowed.add(PathwayPlanAction.RECORD_COPY_GIVEN);
        }
        return List.copyOf(allowed);
    }

    /** An action carried over with its due date as it was may keep a date that has passed (it is overdue, not new). */
    private static boolean unchangedDate(ActionInput action, Map<UUID, LocalDate> knownDueDates) {
        return action.id() != null && action.dueDate().equals(knownDueDates.get(action.id()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
