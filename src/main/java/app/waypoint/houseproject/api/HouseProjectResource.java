package app.waypoint.houseproject.api;

import app.waypoint.houseproject.domain.membership.HouseProjectService;
import app.waypoint.houseproject.domain.records.HouseProjectResponse;
import app.waypoint.houseproject.domain.records.LeavingRequest;
import app.waypoint.houseproject.domain.records.ReferralRequest;
import app.waypoint.people.staff.CurrentCaller;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/house-project")
@Tag(name = "House Project", description = "House Project cohorts and the moves of their young people into their own tenancies")
@SecurityRequirement(name = "jwt")
class HouseProjectResource {

    private final HouseProjectService houseProject;
    private final CurrentCaller caller;

    HouseProjectResource(HouseProjectService houseProject, CurrentCaller caller) {
        this.houseProject = houseProject;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "The young person's House Project membership: status, current steps (with due days), what was recorded, "
            + "and its history")
    public HouseProjectResponse get(@PathParam("id") UUID id) {
        return houseProject.get(id, caller.get());
    }

    @POST
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "Refer the young person (16 or over) to the House Project: their allocated social worker or personal adviser "
            + "only (403 for others who can see them; 409 while a membership is open)")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseProjectResponse.class)))
    public Response refer(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest request) {
        return Response.status(Response.Status.CREATED).entity(houseProject.refer(id, request, caller.get())).build();
    }

    @POST
    @Path("/leaving")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "The young person leaves the House Project at whatever step they are, with the reason: the process ends, "
            + "the record keeps its history (409 if not in the House Project; 403 for the IRO)")
    @Consumes(MediaType.APPLICATION_JSON)
    public HouseProjectResponse leave(@PathParam("id") UUID id, @Valid @NotNull LeavingRequest request) {
        return houseProject.leave(id, request, caller.get());
    }
}
