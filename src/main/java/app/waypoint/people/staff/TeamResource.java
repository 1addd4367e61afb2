package app.waypoint.people.staff;

import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/teams")
@Tag(name = "Staff and teams", description = "Staff records, teams and their escalation chains")
@SecurityRequirement(name = "jwt")
class TeamResource {

    private final StaffService staff;
    private final ResponsibilityService responsibilities;
    private final CurrentCaller caller;

    TeamResource(StaffService staff, ResponsibilityService responsibilities, CurrentCaller caller) {
        this.staff = staff;
        this.responsibilities = responsibilities;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "List teams")
    public List<TeamResponse> teams() {
        return staff.teams();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a team")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamResponse.class)))
    public Response createTeam(@Valid @NotNull CreateTeamRequest request) {
        return Response.status(Response.Status.CREATED).entity(staff.createTeam(request)).build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/{id}/escalation-chain")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Name the service manager, head of service and director above a team")
    @APIResponse(responseCode = "204", description = "Set")
    public Response setEscalationChain(@PathParam("id") UUID id, @Valid @NotNull EscalationChainRequest request) {
        responsibilities.setEscalationChain(id, request, caller.get());
        return Response.noContent().build();
    }
}
