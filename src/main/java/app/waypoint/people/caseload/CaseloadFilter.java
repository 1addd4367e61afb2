package app.waypoint.people.caseload;

import app.waypoint.people.status.CareStatus;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.QueryChoice;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What the caseload list shows, as asked in the query: each filter narrows the young people the caller may see, all of them
 * together. {@code status} is one status or several separated by commas; {@code inTouch} and {@code activity} are SSDA903 codes
 * ({@code neet=true} any NEET code); {@code suitable=false} the current accommodation judged not suitable; {@code noContactDays=N}
 * no contact recorded in the last N days (or ever); {@code planOutOfDate=true} a care leaver (eligible, relevant, former
 * relevant) without a pathway plan signed off in the last 6 months; {@code q} the start of a given name, family name, full name
 * or local id. Sort by {@code name} (default), {@code age}, {@code status}, {@code localId}, {@code lastContact} or
 * {@code reviewDue}, ascending or descending.
 */
public record CaseloadFilter(String status, UUID teamId, UUID workerId, String inTouch, Boolean suitable, String activity, Boolean neet,
                             Integer noContactDays, Boolean planOutOfDate, Boolean uasc, Boolean parent, Boolean inCustody,
                             Boolean disabled, Boolean stayingPut, String q, String sort, String order, Paging paging) {

    static final int MAX_SEARCH_LENGTH = 100;

    enum SortBy { NAME, AGE, STATUS, LOCALID, LASTCONTACT, REVIEWDUE }

    /** Everyone the caller may see, by name, this page. */
    public static CaseloadFilter all(Paging paging) {
        return new CaseloadFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, paging);
    }

    Set<CareStatus> statuses() {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        Set<CareStatus> chosen = EnumSet.noneOf(CareStatus.class);
        Arrays.stream(status.split(",")).map(String::trim).forEach(value -> chosen.add(QueryChoice.parse(CareStatus.class, "status", value)));
        return chosen;
    }

    SortBy sortBy() {
        return QueryChoice.parse(SortBy.class, "sort", sort == null ? "name" : sort);
    }

    boolean descending() {
        String value = order == null ? "asc" : order;
        if (!value.equals("asc") && !value.equals("desc")) {
            throw InvalidInputException.of("order", "must be asc or desc");
        }
        return value.equals("desc");
    }

    /** The search text, trimmed and lower case; null when there is none. */
    String search() {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_SEARCH_LENGTH) {
            throw InvalidInputException.of("q", "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        return q.trim().toLowerCase();
    }

    Integer contactDays() {
        if (noContactDays != null && (noContactDays < 1 || noContactDays > 36_500)) {
            throw InvalidInputException.of("noContactDays", "must be a number of days from 1 to 36500");
        }
        return noContactDays;
    }
}
