package app.waypoint.web;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.people.youngpeople.YoungPersonSummary;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Paging;
import app.waypoint.shared.WaypointException;
import app.waypoint.tasks.domain.ProcessChoice;
import app.waypoint.tasks.domain.TaskAssignments;
import app.waypoint.tasks.domain.TaskFilter;
import app.waypoint.tasks.domain.TaskProcesses;
import app.waypoint.tasks.domain.TaskQueries;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** My tasks: overdue first, then due soon, then the rest; the tasks offered to my team, to claim; filters and a count. */
@Path("/tasks")
@Produces(MediaType.TEXT_HTML)
class MyTasksPage {

    private static final Paging FIRST_200 = new Paging(0, Paging.MAX_SIZE);

    private final TaskQueries queries;
    private final TaskAssignments assignments;
    private final TaskProcesses processes;
    private final YoungPersonService youngPeople;
    private final TaskRows rows;
    private final SignedIn signedIn;
    private final Template taskRow;

    MyTasksPage(TaskQueries queries, TaskAssignments assignments, TaskProcesses processes, YoungPersonService youngPeople, TaskRows rows, SignedIn signedIn,
                @Location("tags/taskRow") Template taskRow) {
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
                TaskRow next) {

        public boolean hasNone() {
            return total == 0;
        }
    }

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
    public TemplateInstance list(@QueryParam("process") String process, @QueryParam("youngPerson") String youngPerson,
                                 @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly, @QueryParam("completed") String completed,
                                 @QueryParam("next") String next) {
        Caller caller = signedIn.caller();
        Filters filters = new Filters(blankToNull(process), blankToNull(youngPerson), overdueOnly);
        Optional<UUID> person = parse(filters.youngPerson());
        if (filters.youngPerson() != null && person.isEmpty()) {
            throw new NotFoundException("young person", filters.youngPerson());
        }
        Boolean overdue = overdueOnly ? Boolean.TRUE : null;
        var mine = queries.list(new TaskFilter("mine", person.orElse(null), filters.process(), overdue, null, null, "due", "asc", FIRST_200), caller);
        var offered = queries.list(new TaskFilter("offered", person.orElse(null), filters.process(), overdue, null, null, "due", "asc", FIRST_200), caller);
        List<TaskRow> mineRows = mine.items().stream().map(task -> rows.of(task, caller)).toList();
        return Templates.myTasks(new View(filters, processes.withUserTasks(), youngPeople.list(caller, FIRST_200).items(),
                inState(mineRows, DueState.OVERDUE), inState(mineRows, DueState.DUE_SOON),
                mineRows.stream().filter(row -> row.due().state() == DueState.LATER || row.due().state() == DueState.NO_DUE_DATE).toList(),
                mine.total(), offered.items().stream().map(task -> rows.of(task, caller)).toList(), offered.total(),
                blankToNull(completed), nextTask(next, caller)));
    }

    @POST
    @Path("/{taskId}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@PathParam("taskId") String taskId, @HeaderParam("HX-Request") boolean htmx) {
        return answer(rows.of(assignments.claim(taskId, signedIn.caller()), signedIn.caller()), htmx);
    }

    @POST
    @Path("/{taskId}/unclaim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unclaim(@PathParam("taskId") String taskId, @HeaderParam("HX-Request") boolean htmx) {
        return answer(rows.of(assignments.unclaim(taskId, signedIn.caller()), signedIn.caller()), htmx);
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
