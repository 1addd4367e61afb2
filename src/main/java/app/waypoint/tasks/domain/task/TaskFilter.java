package app.waypoint.tasks.domain.task;

import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.QueryChoice;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What to list: {@code scope} is {@code all} (everything the caller may see), {@code mine} (assigned to the caller),
 * {@code team} (unassigned, offered to the caller's team) or {@code offered} (unassigned, offered to the caller's role in
 * their team: what they may claim); the rest narrow it down. {@code followUp} is {@code today} (a follow-up date today or
 * earlier), {@code later} (a follow-up date after today) or {@code notLater} (none after today). Sort by {@code due},
 * {@code created}, {@code priority}, {@code youngPerson} (their name) or {@code step}, ascending or descending; the sort may
 * carry its order after a comma ({@code due,desc}).
 */
public record TaskFilter(String scope, UUID youngPersonId, String processKey, Boolean overdue, LocalDate dueBefore, LocalDate dueAfter,
                         String followUp, String sort, String order, Paging paging) {

    public TaskFilter(String scope, UUID youngPersonId, String processKey, Boolean overdue, LocalDate dueBefore, LocalDate dueAfter,
                      String sort, String order, Paging paging) {
        this(scope, youngPersonId, processKey, overdue, dueBefore, dueAfter, null, sort, order, paging);
    }

    public enum Scope { ALL, MINE, TEAM, OFFERED }

    enum SortBy { DUE, CREATED, PRIORITY, YOUNGPERSON, STEP }

    enum FollowUp { TODAY, LATER, NOTLATER }

    /** The same criteria, sorted and paged as asked. */
    public TaskFilter sorted(String sortBy, String sortOrder, Paging page) {
        return new TaskFilter(scope, youngPersonId, processKey, overdue, dueBefore, dueAfter, followUp, sortBy, sortOrder, page);
    }

    Scope scopeValue() {
        return QueryChoice.parse(Scope.class, "scope", scope == null ? "all" : scope);
    }

    FollowUp followUpValue() {
        return followUp == null ? null : QueryChoice.parse(FollowUp.class, "followUp", followUp);
    }

    SortBy sortValue() {
        return QueryChoice.parse(SortBy.class, "sort", sort == null ? "due" : sortParts()[0].trim());
    }

    boolean descending() {
        String[] parts = sortParts();
        String value = parts.length > 1 ? parts[1].trim() : order == null ? "asc" : order;
        if (!value.equals("asc") && !value.equals("desc")) {
            throw InvalidInputException.of("order", "must be asc or desc");
        }
        return value.equals("desc");
    }

    private String[] sortParts() {
        return sort == null ? new String[] {"due"} : sort.split(",", 2);
    }
}
