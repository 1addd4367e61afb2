package app.waypoint.tasks.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import app.waypoint.tasks.domain.team.ReassignmentResponse;
import app.waypoint.tasks.domain.team.TeamTasks;
import app.waypoint.tasks.domain.team.WorkerLoad;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team's tasks as a whole: the load of each member, and bulk reassignment (the team's managers). */
@Path("/api/teams/{teamId}")
@Tag(name = "Tasklist", description = "The engine's user tasks: list, claim, assign, complete, comment, reassign in bulk")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
class TeamTaskResource {

    private final TeamTasks teamTasks;
    private final CurrentCaller caller;

    TeamTaskResource(TeamTasks teamTasks, CurrentCaller caller) {
        this.teamTasks = teamTasks;
        this.caller = caller;
    }

    @GET
    @Path("/workload")
    @Operation(summary = "Each worker and manager of the team with their open and overdue tasks (the team's managers)")
    public List<WorkerLoad> workload(@PathParam("teamId") UUID teamId) {
        return teamTasks.workload(teamId, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/reassignments")
    @Operation(summary = "Move every open task of one member to another member with the same role (the team's managers; all or none)")
    public ReassignmentResponse reassign(@PathParam("teamId") UUID teamId, @Valid @NotNull ReassignmentRequest request) {
        return teamTasks.reassignAll(teamId, request.from(), request.to(), caller.get());
    }
}
