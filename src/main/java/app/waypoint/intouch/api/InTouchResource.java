package app.waypoint.intouch.api;

import app.waypoint.intouch.domain.InTouchResponse;
import app.waypoint.intouch.domain.InTouchService;
import app.waypoint.intouch.domain.NotInTouchDecisionRequest;
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

/**
 * Keeping in touch now (the rule of people/contacts InTouchRule). Its own path: {@code /api/young-people/{id}/in-touch} is the
 * SSDA903 in-touch history (people), which stays as it was.
 */
@Path("/api/young-people/{id}/keeping-in-touch")
@Tag(name = "Keeping in touch", description = "Whether the council is in touch with a young person, the lost-touch workflow and a "
        + "manager's \"not in touch\" decision (Children Act 1989 ss23B, 23C)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class InTouchResource {

    private static final String PROBLEM = "application/problem+json";

    private final InTouchService inTouch;
    private final CurrentCaller caller;

    InTouchResource(InTouchService inTouch, CurrentCaller caller) {
        this.inTouch = inTouch;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "In touch now: in touch, possibly not in touch or not in touch (since a manager's dated decision), the last "
            + "contact made and days since, failed attempts since it, the open lost-touch record (re-engagement plan, decision)")
    @APIResponse(responseCode = "200", description = "The state", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InTouchResponse.class)))
    @APIResponse(responseCode = "404", description = "No such young person, or not one the caller may see",
            content = @Content(mediaType = PROBLEM))
    public InTouchResponse state(@PathParam("id") UUID id) {
        return inTouch.status(id, caller.get());
    }

    @POST
    @Path("/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER})
    @Operation(summary = "Record that the young person is not in touch {decidedOn, reasons} (a manager of their team, while they are "
            + "possibly not in touch); the trying goes on until a contact is made")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InTouchResponse.class)))
    @APIResponse(responseCode = "403", description = "Not a manager of the young person's team", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "In touch, or already decided", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Dated before the flag or in the future", content = @Content(mediaType = PROBLEM))
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull NotInTouchDecisionRequest request) {
        return Response.status(Response.Status.CREATED).entity(inTouch.decide(id, request, caller.get())).build();
    }
}
