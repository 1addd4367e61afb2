package app.waypoint.people.staff;

import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/api/staff")
@Tag(name = "Staff and teams", description = "Staff records, teams and their escalation chains")
@SecurityRequirement(name = "jwt")
class StaffResource {

    private final StaffService staff;
    private final CurrentCaller caller;

    StaffResource(StaffService staff, CurrentCaller caller) {
        this.staff = staff;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "List staff: a manager sees their team, an administrator everyone")
    public List<StaffResponse> staff() {
        return staff.staff(caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a member of staff")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffResponse.class)))
    public Response createStaff(@Valid @NotNull CreateStaffRequest request) {
        return Response.status(Response.Status.CREATED).entity(staff.createStaff(request)).build();
    }

    @POST
    @Path("/{id}/disabling")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Disable a member of staff who left: from their next request they may do nothing in Waypoint")
    public StaffResponse disable(@PathParam("id") UUID id) {
        return staff.disable(id, caller.get());
    }

    @POST
    @Path("/{id}/enabling")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enable a disabled member of staff again")
    public StaffResponse enable(@PathParam("id") UUID id) {
        return staff.enable(id);
    }
}
