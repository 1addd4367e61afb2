package app.waypoint.escalations.domain;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.QueryChoice;
import java.util.UUID;

/**
 * Which escalations to list: {@code scope} {@code all} (default: sent to me or about young people I may see),
 * {@code mine} (sent to me), {@code team} (a manager's team) or {@code iro} (the young people an IRO reviews); {@code state}
 * {@code open} (default), {@code acknowledged}, {@code resolved} or {@code any}.
 */
public record EscalationFilter(String scope, String state, UUID youngPersonId, String taskId, Paging paging) {

    enum Scope { ALL, MINE, TEAM, IRO }

    enum State { OPEN, ACKNOWLEDGED, RESOLVED, ANY }

    Scope scopeValue() {
        return QueryChoice.parse(Scope.class, "scope", scope == null ? "all" : scope);
    }

    State stateValue() {
        return QueryChoice.parse(State.class, "state", state == null ? "open" : state);
    }

    void requireRoleFor(Caller caller) {
        StaffRole needed = scopeValue() == Scope.TEAM ? StaffRole.MANAGER : StaffRole.IRO;
        if (!caller.is(needed)) {
            throw InvalidInputException.of("scope", "scope " + scope + " is for the " + needed.roleName() + " role");
        }
    }
}
