package app.waypoint.transitions;

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

@Path("/api/young-people/{id}/transition")
@Tag(name = "Leaving-care transitions", description = "The leaving-care transition of a young person, from 15 years 9 months to 25")
@SecurityRequirement(name = "jwt")
class TransitionResource {

    private final TransitionService transitions;
    private final CurrentCaller caller;

    TransitionResource(TransitionService transitions, CurrentCaller caller) {
        this.transitions = transitions;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "The young person's latest transition and the steps it is at")
    public TransitionResponse get(@PathParam("id") UUID id) {
        return transitions.get(id, caller.get());
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Open a leaving-care transition (409 while one is open)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransitionResponse.class)))
    public Response start(@PathParam("id") UUID id) {
        return Response.status(Response.Status.CREATED).entity(transitions.start(id, caller.get())).build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/closure")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Close the open transition early, at the young person's request, with the reason")
    public TransitionResponse close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request) {
        return transitions.requestClosure(id, request.reason(), caller.get());
    }
}
