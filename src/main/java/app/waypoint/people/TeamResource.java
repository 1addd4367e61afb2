package app.waypoint.people;

import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/teams")
@Tag(name = "Staff and teams")
@SecurityRequirement(name = "jwt")
class TeamResource {

    private final StaffService staff;

    TeamResource(StaffService staff) {
        this.staff = staff;
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "List teams")
    public List<TeamResponse> teams() {
        return staff.teams();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a team")
    public Response createTeam(@Valid @NotNull CreateTeamRequest request) {
        return Response.status(Response.Status.CREATED).entity(staff.createTeam(request)).build();
    }
}
