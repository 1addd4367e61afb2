package app.waypoint.supervision.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import app.waypoint.supervision.domain.records.OversightEntryResponse;
import app.waypoint.supervision.domain.records.OversightRequest;
import app.waypoint.supervision.domain.sessions.OversightService;
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

@Path("/api/young-people/{id}/oversight")
@Tag(name = "Supervision", description = "Supervision of workers: schedules, sessions, sign-off and management oversight")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class OversightResource {

    private final OversightService oversight;
    private final CurrentCaller caller;

    OversightResource(OversightService oversight, CurrentCaller caller) {
        this.oversight = oversight;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The young person's management-oversight chronology, newest first: decisions in supervision and between sessions")
    public List<OversightEntryResponse> chronology(@PathParam("id") UUID id) {
        return oversight.chronology(id, caller.get());
    }

    @POST
    @Operation(summary = "Record management oversight between sessions (managers of the young person's team): decision, rationale, "
            + "actions with owner and due date (422 naming the action otherwise, nothing saved)")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OversightEntryResponse.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull OversightRequest request) {
        return Response.status(Response.Status.CREATED).entity(oversight.record(id, request, caller.get())).build();
    }
}
