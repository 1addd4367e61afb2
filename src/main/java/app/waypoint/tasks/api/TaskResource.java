package app.waypoint.tasks.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import app.waypoint.tasks.domain.filters.TaskFilters;
import app.waypoint.tasks.domain.task.CommentResponse;
import app.waypoint.tasks.domain.task.TaskAssignments;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.task.TaskResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tasks")
@Tag(name = "Tasklist", description = "The engine's user tasks: list, claim, assign, complete, comment, reassign in bulk")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class TaskResource {

    private final TaskQueries queries;
    private final TaskAssignments assignments;
    private final TaskCompletions completions;
    private final TaskFilters filters;
    private final CurrentCaller caller;

    TaskResource(TaskQueries queries, TaskAssignments assignments, TaskCompletions completions, TaskFilters filters, CurrentCaller caller) {
        this.filters = filters;
        this.queries = queries;
        this.assignments = assignments;
        this.completions = completions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List tasks the caller may see: one of their tray's filters (filter=mine, overdue, … or a saved filter's id),"
            + " or scope all|mine|team|offered with criteria; followUp today|later|notLater;"
            + " sort due|created|priority|youngPerson|step (sort=due,desc), paged")
    public Page<TaskResponse> list(@QueryParam("filter") String filter, @QueryParam("scope") String scope, @QueryParam("youngPersonId") UUID youngPersonId,
                                   @QueryParam("process") String processKey, @QueryParam("overdue") Boolean overdue,
                                   @QueryParam("dueBefore") LocalDate dueBefore, @QueryParam("dueAfter") LocalDate dueAfter,
                                   @QueryParam("followUp") String followUp, @QueryParam("sort") String sort, @QueryParam("order") String order,
                                   @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Paging paging = new Paging(page, size);
        if (filter != null) {
            return filters.tasks(filter, sort, order, paging, caller.get());
        }
        return queries.list(new TaskFilter(scope, youngPersonId, processKey, overdue, dueBefore, dueAfter, followUp, sort, order, paging),
                caller.get());
    }

    @GET
    @Path("/{taskId}")
    @Operation(summary = "One task with its form")
    public TaskResponse get(@PathParam("taskId") String taskId) {
        return queries.get(taskId, caller.get());
    }

    @POST
    @Path("/{taskId}/claim")
    @Operation(summary = "Take a task offered to your team")
    public TaskResponse claim(@PathParam("taskId") String taskId) {
        return assignments.claim(taskId, caller.get());
    }

    @POST
    @Path("/{taskId}/unclaim")
    @Operation(summary = "Give a task back to the team")
    public TaskResponse unclaim(@PathParam("taskId") String taskId) {
        return assignments.unclaim(taskId, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{taskId}/assignee")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Assign a task to a member of the team (managers)")
    public TaskResponse assign(@PathParam("taskId") String taskId, @Valid @NotNull AssigneeRequest request) {
        return assignments.assign(taskId, request.username(), caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{taskId}/due-date")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Move a task's due date, with a reason (managers); its escalations are rescheduled")
    public TaskResponse changeDueDate(@PathParam("taskId") String taskId, @Valid @NotNull DueDateRequest request) {
        return assignments.changeDueDate(taskId, request.due(), request.reason(), caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{taskId}/follow-up")
    @Operation(summary = "Set the day to follow up a task assigned to you (\"remind me on\"), or clear it with no date")
    public TaskResponse setFollowUp(@PathParam("taskId") String taskId, @Valid @NotNull FollowUpRequest request) {
        return assignments.setFollowUp(taskId, request.followUp(), caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{taskId}/completion")
    @Operation(summary = "Complete a task with its form values (400 names missing or invalid fields; 409 if already completed)")
    @APIResponse(responseCode = "204", description = "Completed")
    public Response complete(@PathParam("taskId") String taskId, @Valid @NotNull CompletionRequest request) {
        completions.complete(taskId, request.valuesOrEmpty(), caller.get());
        return Response.noContent().build();
    }

    @GET
    @Path("/{taskId}/comments")
    @Operation(summary = "Comments on a task")
    public List<CommentResponse> comments(@PathParam("taskId") String taskId) {
        return completions.comments(taskId, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{taskId}/comments")
    @Operation(summary = "Comment on a task")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentResponse.class)))
    public Response comment(@PathParam("taskId") String taskId, @Valid @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(completions.comment(taskId, request.message(), caller.get())).build();
    }
}
