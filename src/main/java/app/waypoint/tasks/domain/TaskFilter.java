package app.waypoint.tasks.domain;

import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.QueryChoice;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What to list: {@code scope} is {@code all} (everything the caller may see), {@code mine} (assigned to the caller),
 * {@code team} (unassigned, offered to the caller's team) or {@code offered} (unassigned, offered to the caller's role in
 * their team: what they may claim); the rest narrow it down. Sort by {@code due}, {@code created}
 * or {@code priority}, ascending or descending.
 */
public record TaskFilter(String scope, UUID youngPersonId, String processKey, Boolean overdue, LocalDate dueBefore, LocalDate dueAfter,
                         String sort, String order, Paging paging) {

    enum Scope { ALL, MINE, TEAM, OFFERED }

    enum SortBy { DUE, CREATED, PRIORITY }

    Scope scopeValue() {
        return QueryChoice.parse(Scope.class, "scope", scope == null ? "all" : scope);
    }

    SortBy sortValue() {
        return QueryChoice.parse(SortBy.class, "sort", sort == null ? "due" : sort);
    }

    boolean descending() {
        String value = order == null ? "asc" : order;
        if (!value.equals("asc") && !value.equals("desc")) {
            throw InvalidInputException.of("order", "must be asc or desc");
        }
        return value.equals("desc");
    }
}
