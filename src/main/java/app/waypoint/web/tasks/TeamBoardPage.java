package app.waypoint.web.tasks;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.TeamAllocationRow;
import app.waypoint.people.allocations.TeamAllocations;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.task.TaskAction;
import app.waypoint.tasks.domain.task.TaskAssignments;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.tasks.domain.team.ReassignmentResponse;
import app.waypoint.tasks.domain.team.TeamTasks;
import app.waypoint.tasks.domain.team.WorkerLoad;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.web.youngpeople.AllocationPage;
import app.waypoint.web.youngpeople.YoungPersonCards;
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
 * The team board (the team's managers): the team's young people who lack a social worker, personal adviser or IRO and the
 * others with their allocations (allocating and ending on the allocation page, which comes back here), tasks nobody has yet,
 * each member's open and overdue tasks, assigning a task, and moving all of one member's tasks to another (absence or
 * leaving) after a confirmation.
 */
@Path("/team")
@Produces(MediaType.TEXT_HTML)
class TeamBoardPage {

    /** Young people per page in each allocation list. */
    static final int ALLOCATION_PAGE = 25;

    private final TaskQueries queries;
    private final TaskAssignments assignments;
    private final TeamTasks teamTasks;
    private final TaskRows rows;
    private final TeamAllocations teamAllocations;
    private final SignedIn signedIn;

    TeamBoardPage(TaskQueries queries, TaskAssignments assignments, TeamTasks teamTasks, TaskRows rows, TeamAllocations teamAllocations,
                  SignedIn signedIn) {
        this.teamAllocations = teamAllocations;
        this.queries = queries;
        this.assignments = assignments;
        this.teamTasks = teamTasks;
        this.rows = rows;
        this.signedIn = signedIn;
    }

    /**
     * The board; {@code moved} is the outcome of a reassignment just made; {@code allocations} the team's young people to
     * allocate (null for a manager who allocates in no team).
     */
    record Board(List<Unassigned> unassigned, long unassignedTotal, List<WorkerLoad> loads, ReassignmentResponse moved,
                 Allocations allocations) {
    }

    /** The young people who lack someone in a role, and the others, each a page by name. */
    record Allocations(Listed lacking, Listed allocated) {
    }

    /** A page of young people with their roles, and the links to the pages before and after it (null: none). */
    record Listed(List<Allocatable> rows, long total, String previous, String next) {

        static Listed of(Page<TeamAllocationRow> page, String parameter, int otherPage, String otherParameter) {
            String previous = page.page() == 0 ? null : href(parameter, page.page() - 1, otherParameter, otherPage);
            String next = (long) (page.page() + 1) * page.size() >= page.total() ? null : href(parameter, page.page() + 1, otherParameter, otherPage);
            return new Listed(page.items().stream().map(Allocatable::of).toList(), page.total(), previous, next);
        }

        private static String href(String parameter, int page, String otherParameter, int otherPage) {
            return UriBuilder.fromPath("/team").queryParam(parameter, page).queryParam(otherParameter, otherPage).fragment("allocations")
                    .build().toString();
        }
    }

    /** A young person of the team and each of the three roles: who has it (null: nobody). */
    record Allocatable(TeamAllocationRow person, List<Role> roles) {

        static Allocatable of(TeamAllocationRow row) {
            return new Allocatable(row, List.of(new Role(AllocationKind.SOCIAL_WORKER, row.socialWorker()),
                    new Role(AllocationKind.PERSONAL_ADVISER, row.personalAdviser()), new Role(AllocationKind.IRO, row.iro())));
        }
    }

    /** One role of a young person: its words, its address on the allocation page, and who has it. */
    record Role(String label, String kind, String who) {

        Role(AllocationKind kind, String who) {
            this(YoungPersonCards.label(kind), AllocationPage.path(kind), who);
        }
    }

    /**
     * A task nobody has, the members of the team it may be given to, and whether the caller may move its due date (as the
     * tasklist allows, never re-derived here).
     */
    record Unassigned(TaskRow row, List<StaffResponse> assignees, boolean mayChangeDue) {
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
    public TemplateInstance board(@QueryParam("moved") @DefaultValue("0") int moved, @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("lacking") @DefaultValue("0") int lackingPage,
                                  @QueryParam("allocated") @DefaultValue("0") int allocatedPage) {
        Caller caller = manager();
        var unassigned = queries.list(new TaskFilter("team", null, null, null, null, null, "due", "asc", new Paging(0, Paging.MAX_SIZE)), caller);
        ReassignmentResponse outcome = from == null || to == null ? null : new ReassignmentResponse(from, to, moved, List.of());
        return Templates.board(new Board(unassigned.items().stream()
                .map(task -> new Unassigned(rows.of(task, caller), assignments.assignees(task, caller),
                        task.allowedActions().contains(TaskAction.CHANGE_DUE_DATE))).toList(), unassigned.total(),
                teamTasks.workload(caller.teamId(), caller), outcome, allocations(caller, lackingPage, allocatedPage)));
    }

    private Allocations allocations(Caller caller, int lackingPage, int allocatedPage) {
        if (!AllocationService.mayAllocateInTeam(caller.teamId(), caller)) {
            return null;
        }
        var lacking = teamAllocations.lackingSomeone(caller.teamId(), new Paging(lackingPage, ALLOCATION_PAGE), caller);
        var allocated = teamAllocations.fullyAllocated(caller.teamId(), new Paging(allocatedPage, ALLOCATION_PAGE), caller);
        return new Allocations(Listed.of(lacking, "lacking", allocatedPage, "allocated"), Listed.of(allocated, "allocated", lackingPage, "lacking"));
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
