package app.waypoint.web.tasks;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.people.youngpeople.YoungPersonSummary;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException;
import app.waypoint.tasks.domain.filters.ProcessChoice;
import app.waypoint.tasks.domain.filters.TaskFilterResponse;
import app.waypoint.tasks.domain.filters.TaskFilters;
import app.waypoint.tasks.domain.filters.TaskProcesses;
import app.waypoint.tasks.domain.task.TaskAssignments;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.web.shell.DueState;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * My tasks, the work tray: its filters (built-in and saved) each with its count; by default my tasks overdue first, then due
 * soon, then the rest (those to follow up later left out), and the tasks offered to my team, to claim; or one filter's tasks.
 * Any list sorts by due date, created date, young person or step; the criteria chosen can be saved as a filter of one's own.
 */
@Path("/tasks")
@Produces(MediaType.TEXT_HTML)
class MyTasksPage {

    private static final Paging FIRST_200 = new Paging(0, Paging.MAX_SIZE);

    private final TaskQueries queries;
    private final TaskAssignments assignments;
    private final TaskProcesses processes;
    private final TaskFilters trayFilters;
    private final YoungPersonService youngPeople;
    private final TaskRows rows;
    private final SignedIn signedIn;
    private final Template taskRow;

    MyTasksPage(TaskQueries queries, TaskAssignments assignments, TaskProcesses processes, TaskFilters trayFilters,
                YoungPersonService youngPeople, TaskRows rows, SignedIn signedIn, @Location("tags/taskRow") Template taskRow) {
        this.trayFilters = trayFilters;
        this.queries = queries;
        this.assignments = assignments;
        this.processes = processes;
        this.youngPeople = youngPeople;
        this.rows = rows;
        this.signedIn = signedIn;
        this.taskRow = taskRow;
    }

    /** What the list shows. {@code completed} and {@code next} come from completing a task: the step done, the next one. */
    record View(Filters filters, List<ProcessChoice> processes, List<YoungPersonSummary> youngPeople, List<TaskRow> overdue,
                List<TaskRow> dueSoon, List<TaskRow> later, long total, List<TaskRow> offered, long offeredTotal, String completed,
                TaskRow next, List<TaskFilterResponse> tray, Chosen chosen, String sort, String saveError, String filterName) {

        public boolean hasNone() {
            return total == 0;
        }

        public boolean isCurrent(TaskFilterResponse filter) {
            return chosen != null && chosen.id().equals(filter.id());
        }

        public List<SortChoice> sorts() {
            return SORTS;
        }
    }

    /** One filter of the tray chosen: its name, its tasks as sorted, and how many it holds. */
    record Chosen(String id, String name, List<TaskRow> rows, long total) {
    }

    /** A way to sort, as the sort parameter ({@code due,asc}) and in words. */
    record SortChoice(String value, String label) {
    }

    private static final List<SortChoice> SORTS = List.of(new SortChoice("due,asc", "Due date, soonest first"),
            new SortChoice("due,desc", "Due date, latest first"), new SortChoice("created,desc", "Created, newest first"),
            new SortChoice("created,asc", "Created, oldest first"), new SortChoice("youngPerson,asc", "Young person, A to Z"),
            new SortChoice("youngPerson,desc", "Young person, Z to A"), new SortChoice("step,asc", "Step, A to Z"),
            new SortChoice("step,desc", "Step, Z to A"));

    /** The filters as chosen; {@code youngPerson} is the id as text so that a stale or mistyped one just matches nothing. */
    record Filters(String process, String youngPerson, boolean overdue) {

        public boolean any() {
            return process != null || youngPerson != null || overdue;
        }

        public boolean isYoungPerson(UUID id) {
            return id.toString().equals(youngPerson);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance myTasks(View view);
    }

    @GET
    public TemplateInstance list(@QueryParam("filter") String filter, @QueryParam("sort") String sort,
                                 @QueryParam("process") String process, @QueryParam("youngPerson") String youngPerson,
                                 @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly, @QueryParam("completed") String completed,
                                 @QueryParam("next") String next) {
        return view(filter, sort, process, youngPerson, overdueOnly, completed, next, null, null);
    }

    /** Saves the criteria chosen (those of my tasks) as a filter of one's own, then shows it. */
    @POST
    @Path("/filters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveFilter(@FormParam("filterName") String name, @FormParam("process") String process,
                               @FormParam("youngPerson") String youngPerson, @FormParam("overdue") @DefaultValue("false") boolean overdue) {
        String trimmed = blankToNull(name);
        String error = trimmed == null ? "Enter a name for the filter" : trimmed.length() > 60 ? "Use 60 characters or fewer" : null;
        if (error == null) {
            try {
                TaskFilterResponse saved = trayFilters.save(trimmed, "mine", blankToNull(process), parse(blankToNull(youngPerson)).orElse(null),
                        overdue, signedIn.caller());
                return Response.seeOther(UriBuilder.fromPath("/tasks").queryParam("filter", saved.id()).build()).build();
            } catch (ConflictException | RuleViolationException refused) {
                error = refused.getMessage();
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                .entity(view(null, null, process, youngPerson, overdue, null, null, error, name).render()).build();
    }

    @POST
    @Path("/filters/{filterId}/deletion")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteFilter(@PathParam("filterId") String filterId) {
        trayFilters.delete(filterId, signedIn.caller());
        return Response.seeOther(URI.create("/tasks")).build();
    }

    private TemplateInstance view(String filter, String sort, String process, String youngPerson, boolean overdueOnly, String completed,
                                  String next, String saveError, String filterName) {
        Caller caller = signedIn.caller();
        String sortBy = blankToNull(sort) == null ? "due,asc" : sort.trim();
        List<TaskFilterResponse> tray = trayFilters.withCounts(caller);
        if (blankToNull(filter) != null) {
            var chosen = trayFilters.tasks(filter.trim(), sortBy, null, FIRST_200, caller);
            Chosen shown = new Chosen(filter.trim(), trayFilters.name(filter.trim(), caller), rows.page(chosen.items(), caller), chosen.total());
            return Templates.myTasks(new View(new Filters(null, null, false), List.of(), List.of(), List.of(), List.of(), List.of(), 0,
                    List.of(), 0, blankToNull(completed), nextTask(next, caller), tray, shown, sortBy, null, null));
        }
        Filters filters = new Filters(blankToNull(process), blankToNull(youngPerson), overdueOnly);
        Optional<UUID> person = parse(filters.youngPerson());
        if (filters.youngPerson() != null && person.isEmpty()) {
            throw new NotFoundException("young person", filters.youngPerson());
        }
        Boolean overdue = overdueOnly ? Boolean.TRUE : null;
        var mine = queries.list(new TaskFilter("mine", person.orElse(null), filters.process(), overdue, null, null, "notLater", sortBy, null,
                FIRST_200), caller);
        var offered = queries.list(new TaskFilter("offered", person.orElse(null), filters.process(), overdue, null, null, null, sortBy, null,
                FIRST_200), caller);
        List<TaskRow> mineRows = rows.page(mine.items(), caller);
        return Templates.myTasks(new View(filters, processes.withUserTasks(), youngPeople.list(caller, FIRST_200).items(),
                inState(mineRows, DueState.OVERDUE), inState(mineRows, DueState.DUE_SOON),
                mineRows.stream().filter(row -> row.due().state() == DueState.LATER || row.due().state() == DueState.NO_DUE_DATE).toList(),
                mine.total(), rows.page(offered.items(), caller), offered.total(),
                blankToNull(completed), nextTask(next, caller), tray, null, sortBy, saveError, filterName));
    }

    @POST
    @Path("/{taskId}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("taskId") String taskId, @HeaderParam("HX-Request") boolean htmx) {
        return answer(rows.page(List.of(assignments.claim(taskId, signedIn.caller())), signedIn.caller()).get(0), htmx);
    }

    @POST
    @Path("/{taskId}/unclaim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unclaim(@PathParam("taskId") String taskId, @HeaderParam("HX-Request") boolean htmx) {
        return answer(rows.page(List.of(assignments.unclaim(taskId, signedIn.caller())), signedIn.caller()).get(0), htmx);
    }

    /** htmx swaps the changed row in place; without JavaScript the form posts and the list is shown again. */
    private Response answer(TaskRow row, boolean htmx) {
        if (htmx) {
            return Response.ok(taskRow.data("row", row).render(), MediaType.TEXT_HTML_TYPE).build();
        }
        return Response.seeOther(URI.create("/tasks")).build();
    }

    private TaskRow nextTask(String taskId, Caller caller) {
        if (taskId == null || taskId.isBlank()) {
            return null;
        }
        try {
            return rows.of(queries.get(taskId, caller), caller);
        } catch (WaypointException gone) {
            // completed or moved on since: the list itself is what counts
            return null;
        }
    }

    private static List<TaskRow> inState(List<TaskRow> rows, DueState state) {
        return rows.stream().filter(row -> row.due().state() == state).toList();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
