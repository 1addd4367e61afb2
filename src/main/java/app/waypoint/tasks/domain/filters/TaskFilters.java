package app.waypoint.tasks.domain.filters;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.QueryChoice;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.task.TaskResponse;
import app.waypoint.tasks.domain.visibility.TaskSql;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The work tray's filters: the built-in ones, and those a member of staff saves from the criteria they chose (by a name of their
 * own, kept for them alone). Every filter's count is one count on the engine's task table, all of them in one statement.
 */
@ApplicationScoped
public class TaskFilters {

    /** The process key of supervision (named here, not imported: the tasklist does not reach into another feature's process). */
    static final String SUPERVISION_PROCESS = "SupervisionCycleProcess";
    /** At most this many saved filters each, so that the tray's counts stay one short statement. */
    static final int MAX_SAVED = 20;

    /** A built-in filter: its id, its name and its criteria on a given day. */
    private record BuiltIn(String id, String name, Function<LocalDate, TaskFilter> criteria) {
    }

    private static final List<BuiltIn> BUILT_IN = List.of(
            new BuiltIn("mine", "My tasks", today -> criteria("mine", null, null, null, "notLater")),
            new BuiltIn("overdue", "Overdue", today -> criteria("all", null, true, null, null)),
            new BuiltIn("due-this-week", "Due this week",
                    today -> criteria("all", null, false, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), null)),
            new BuiltIn("claimable", "Tasks I can claim", today -> criteria("offered", null, null, null, null)),
            new BuiltIn("supervision", "Supervision", today -> criteria("all", SUPERVISION_PROCESS, null, null, null)),
            new BuiltIn("follow-up-today", "Follow up today", today -> criteria("mine", null, null, null, "today")),
            new BuiltIn("follow-up-later", "Follow up later", today -> criteria("mine", null, null, null, "later")));

    private final SavedTaskFilterRepository saved;
    private final TaskQueries queries;
    private final AgroalDataSource dataSource;
    private final WaypointClock clock;

    TaskFilters(SavedTaskFilterRepository saved, TaskQueries queries, AgroalDataSource dataSource, WaypointClock clock) {
        this.saved = saved;
        this.queries = queries;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Every filter of the caller's tray, built-in first, then theirs by name, each with its count (one statement for all). */
    @Transactional
    public List<TaskFilterResponse> withCounts(Caller caller) {
        List<TaskFilterResponse> filters = new ArrayList<>();
        List<TaskSql> counts = new ArrayList<>();
        LocalDate today = clock.today();
        for (BuiltIn builtIn : BUILT_IN) {
            filters.add(new TaskFilterResponse(builtIn.id(), builtIn.name(), false, 0, null, null, null, false));
            counts.add(queries.matching(builtIn.criteria().apply(today), caller));
        }
        for (SavedTaskFilter filter : saved.of(caller.staffId())) {
            filters.add(response(filter, 0));
            counts.add(queries.matching(filter.criteria(), caller));
        }
        List<Long> counted = TaskSql.counts(dataSource, counts);
        List<TaskFilterResponse> answered = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            TaskFilterResponse filter = filters.get(i);
            answered.add(new TaskFilterResponse(filter.id(), filter.name(), filter.saved(), counted.get(i), filter.scope(),
                    filter.processKey(), filter.youngPersonId(), filter.overdue()));
        }
        return answered;
    }

    /** The tasks of one of the caller's filters (built-in or saved), sorted and paged; 404 for a filter they do not have. */
    @Transactional
    public Page<TaskResponse> tasks(String filterId, String sort, String order, Paging paging, Caller caller) {
        return queries.list(criteria(filterId, caller).sorted(sort, order, paging), caller);
    }

    /** The name of one of the caller's filters; 404 for a filter they do not have. */
    @Transactional
    public String name(String filterId, Caller caller) {
        return builtIn(filterId).map(BuiltIn::name).orElseGet(() -> savedFilter(filterId, caller).name);
    }

    /** Saves the criteria as a filter of the caller's, by a name they have not used yet. */
    @Transactional
    public TaskFilterResponse save(String name, String scope, String processKey, UUID youngPersonId, boolean overdue, Caller caller) {
        String scopeName = QueryChoice.parse(TaskFilter.Scope.class, "scope", scope == null ? "all" : scope).name();
        String trimmed = name.trim();
        if (saved.named(caller.staffId(), trimmed)) {
            throw new ConflictException("task-filter-name-taken", "You already have a filter called " + trimmed + ".");
        }
        if (saved.count("staffId", caller.staffId()) >= MAX_SAVED) {
            throw new RuleViolationException("too-many-task-filters", "You can keep at most " + MAX_SAVED + " filters; delete one first.",
                    List.of(new FieldError("name", "delete a filter first")));
        }
        SavedTaskFilter filter = new SavedTaskFilter(caller.staffId(), trimmed, scopeName, blankToNull(processKey), youngPersonId, overdue,
                clock.now());
        saved.persist(filter);
        return response(filter, queries.matching(filter.criteria(), caller).count(dataSource));
    }

    /** Deletes one of the caller's saved filters; 404 for one they do not have. */
    @Transactional
    public void delete(String filterId, Caller caller) {
        saved.delete(savedFilter(filterId, caller));
    }

    private TaskFilter criteria(String filterId, Caller caller) {
        return builtIn(filterId).map(builtIn -> builtIn.criteria().apply(clock.today()))
                .orElseGet(() -> savedFilter(filterId, caller).criteria());
    }

    private static Optional<BuiltIn> builtIn(String filterId) {
        return BUILT_IN.stream().filter(builtIn -> builtIn.id().equals(filterId)).findFirst();
    }

    private SavedTaskFilter savedFilter(String filterId, Caller caller) {
        return Stream.of(filterId).flatMap(id -> parse(id).stream()).flatMap(id -> saved.of(caller.staffId(), id).stream()).findFirst()
                .orElseThrow(() -> new NotFoundException("task filter", filterId));
    }

    private static TaskFilterResponse response(SavedTaskFilter filter, long count) {
        return new TaskFilterResponse(filter.id.toString(), filter.name, true, count, filter.scope.toLowerCase(), filter.processKey,
                filter.youngPersonId, filter.overdue);
    }

    private static TaskFilter criteria(String scope, String processKey, Boolean overdue, LocalDate dueBefore, String followUp) {
        return new TaskFilter(scope, null, processKey, overdue, dueBefore, null, followUp, null, null, null);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
