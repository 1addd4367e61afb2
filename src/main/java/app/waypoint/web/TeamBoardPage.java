package app.waypoint.web;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.ReassignmentResponse;
import app.waypoint.tasks.domain.TaskAssignments;
import app.waypoint.tasks.domain.TaskFilter;
import app.waypoint.tasks.domain.TaskQueries;
import app.waypoint.tasks.domain.TeamTasks;
import app.waypoint.tasks.domain.WorkerLoad;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;

/**
 * The team board (the team's managers): tasks nobody has yet, each member's open and overdue tasks, assigning a task, and
 * moving all of one member's tasks to another (absence or leaving) after a confirmation.
 */
@Path("/team")
@Produces(MediaType.TEXT_HTML)
class TeamBoardPage {

    private final TaskQueries queries;
    private final TaskAssignments assignments;
    private final TeamTasks teamTasks;
    private final TaskRows rows;
    private final SignedIn signedIn;

    TeamBoardPage(TaskQueries queries, TaskAssignments assignments, TeamTasks teamTasks, TaskRows rows, SignedIn signedIn) {
        this.queries = queries;
        this.assignments = assignments;
        this.teamTasks = teamTasks;
        this.rows = rows;
        this.signedIn = signedIn;
    }

    /** The board; {@code moved} is the outcome of a reassignment just made. */
    record Board(List<Unassigned> unassigned, long unassignedTotal, List<WorkerLoad> loads, ReassignmentResponse moved) {
    }

    /** A task nobody has, and the members of the team it may be given to (as the tasklist allows, never re-derived here). */
    record Unassigned(TaskRow row, List<StaffResponse> assignees) {
    }

    /** The question asked before moving someone's tasks. */
    record Confirmation(WorkerLoad from, WorkerLoad to) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance board(Board board);

        static native TemplateInstance confirm(Confirmation confirmation);
    }

    @GET
    public TemplateInstance board(@QueryParam("moved") @DefaultValue("0") int moved, @QueryParam("from") String from, @QueryParam("to") String to) {
        Caller caller = manager();
        var unassigned = queries.list(new TaskFilter("team", null, null, null, null, null, "due", "asc", new Paging(0, Paging.MAX_SIZE)), caller);
        ReassignmentResponse outcome = from == null || to == null ? null : new ReassignmentResponse(from, to, moved, List.of());
        return Templates.board(new Board(unassigned.items().stream()
                .map(task -> new Unassigned(rows.of(task, caller), assignments.assignees(task, caller))).toList(), unassigned.total(),
                teamTasks.workload(caller.teamId(), caller), outcome));
    }

    @POST
    @Path("/tasks/{taskId}/assignee")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("taskId") String taskId, @FormParam("username") String username) {
        assignments.assign(taskId, username == null ? "" : username.trim(), manager());
        return Response.seeOther(UriBuilder.fromPath("/team").build()).build();
    }

    @POST
    @Path("/reassignments/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance confirm(@FormParam("from") String from, @FormParam("to") String to) {
        Caller caller = manager();
        List<WorkerLoad> loads = teamTasks.workload(caller.teamId(), caller);
        return Templates.confirm(new Confirmation(load(loads, from), load(loads, to)));
    }

    @POST
    @Path("/reassignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassign(@FormParam("from") String from, @FormParam("to") String to) {
        Caller caller = manager();
        ReassignmentResponse moved = teamTasks.reassignAll(caller.teamId(), from, to, caller);
        return Response.seeOther(UriBuilder.fromPath("/team").queryParam("moved", moved.reassigned())
                .queryParam("from", moved.from()).queryParam("to", moved.to()).build()).build();
    }

    /** Only a team's managers have a board; for anyone else there is no such page. */
    private Caller manager() {
        if (!signedIn.isManager()) {
            throw new NotFoundException("page", "team board");
        }
        return signedIn.caller();
    }

    private static WorkerLoad load(List<WorkerLoad> loads, String username) {
        return loads.stream().filter(load -> load.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException("team member", String.valueOf(username)));
    }
}
