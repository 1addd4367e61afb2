package app.waypoint.supervision.domain.sessions;

import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.supervision.domain.records.CarriedOutcome;
import app.waypoint.supervision.domain.records.RecordSessionRequest.CarriedInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest.DiscussionInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest;
import app.waypoint.supervision.domain.records.SupervisionActionInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What makes a supervision record acceptable (domain notes §2c): every action has a description, an owner who is staff
 * and a due date not before the day it is agreed; every young person discussed has a decision; every action carried from
 * earlier sessions that is still open is closed, or re-dated with a reason. Errors name fields as JSON paths, and the
 * message names the action, e.g. {@code discussions[0].actions[1].dueDate}: "is required … (Visit the lodgings)".
 */
final class SupervisionRules {

    private SupervisionRules() {
    }

    static List<FieldError> actionErrors(String path, List<SupervisionActionInput> actions, Predicate<String> isStaff, LocalDate agreedOn) {
        List<FieldError> errors = new ArrayList<>();
        List<SupervisionActionInput> all = actions == null ? List.of() : actions;
        for (int i = 0; i < all.size(); i++) {
            String at = path + "[" + i + "]";
            SupervisionActionInput action = all.get(i);
            if (action == null) {
                errors.add(new FieldError(at, "must be an action"));
                continue;
            }
            String named = " (action " + (i + 1) + (blank(action.description()) ? "" : ": " + action.description().strip()) + ")";
            if (blank(action.description())) {
                errors.add(new FieldError(at + ".description", "is required" + named));
            }
            if (blank(action.owner())) {
                errors.add(new FieldError(at + ".owner", "is required: every action needs an owner" + named));
            } else if (!isStaff.test(action.owner())) {
                errors.add(new FieldError(at + ".owner", "must be the username of a member of staff" + named));
            }
            if (action.dueDate() == null) {
                errors.add(new FieldError(at + ".dueDate", "is required: every action needs a due date" + named));
            } else if (action.dueDate().isBefore(agreedOn)) {
                errors.add(new FieldError(at + ".dueDate", "must not be before " + agreedOn + named));
            }
        }
        return errors;
    }

    /**
     * The rules a session record breaks, empty if none.
     *
     * @param carriedActions the worker's actions still open from earlier sessions, id to description: each needs an outcome
     * @param mayDiscuss     whether the recorder may see a young person
     */
    static List<FieldError> recordErrors(RecordSessionRequest record, LocalDate heldOn, LocalDate today, Map<UUID, String> carriedActions,
                                         Predicate<String> isStaff, Predicate<UUID> mayDiscuss) {
        List<FieldError> errors = new ArrayList<>();
        if (heldOn.isAfter(today)) {
            errors.add(new FieldError("heldOn", "must not be in the future"));
        }
        List<DiscussionInput> discussions = record.discussions() == null ? List.of() : record.discussions();
        for (int i = 0; i < discussions.size(); i++) {
            String at = "discussions[" + i + "]";
            DiscussionInput discussion = discussions.get(i);
            if (discussion == null) {
                errors.add(new FieldError(at, "must be a discussion"));
                continue;
            }
            if (discussion.youngPersonId() == null || !mayDiscuss.test(discussion.youngPersonId())) {
                errors.add(new FieldError(at + ".youngPersonId", "must be a young person you may see"));
            }
            if (blank(discussion.decision())) {
                errors.add(new FieldError(at + ".decision", "is required: every discussion ends in a decision"));
            }
            errors.addAll(actionErrors(at + ".actions", discussion.actions(), isStaff, heldOn));
        }
        errors.addAll(carriedErrors(record.carried(), carriedActions, heldOn));
        return errors;
    }

    private static List<FieldError> carriedErrors(List<CarriedInput> carried, Map<UUID, String> open, LocalDate heldOn) {
        List<FieldError> errors = new ArrayList<>();
        List<CarriedInput> all = carried == null ? List.of() : carried;
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            String at = "carried[" + i + "]";
            CarriedInput input = all.get(i);
            if (input == null || input.actionId() == null || !open.containsKey(input.actionId()) || !seen.add(input.actionId())) {
                errors.add(new FieldError(at + ".actionId", "is not an open action carried to this session, or appears twice"));
                continue;
            }
            String named = " (" + open.get(input.actionId()) + ")";
            if (input.outcome() == null) {
                errors.add(new FieldError(at + ".outcome", "is required: CLOSED or REDATED" + named));
            } else if (input.outcome() == CarriedOutcome.REDATED) {
                if (input.newDueDate() == null || input.newDueDate().isBefore(heldOn)) {
                    errors.add(new FieldError(at + ".newDueDate", "is required, not before the session" + named));
                }
                if (blank(input.reason())) {
                    errors.add(new FieldError(at + ".reason", "is required: why the action is re-dated" + named));
                }
            }
        }
        open.forEach((id, description) -> {
            if (!seen.contains(id)) {
                errors.add(new FieldError("carried", "action " + id + " (" + description + ") is still open: close it or re-date it"));
            }
        });
        return errors;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
