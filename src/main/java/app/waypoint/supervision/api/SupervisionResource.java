package app.waypoint.supervision.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import app.waypoint.supervision.domain.records.BookSessionRequest;
import app.waypoint.supervision.domain.records.RecordSessionRequest;
import app.waypoint.supervision.domain.records.SessionResponse;
import app.waypoint.supervision.domain.records.SessionSummary;
import app.waypoint.supervision.domain.records.SetSupervisorRequest;
import app.waypoint.supervision.domain.records.SupervisionScheduleResponse;
import app.waypoint.supervision.domain.sessions.SupervisionService;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A worker's supervision: for the worker, their supervisor, a manager of their team and admins; 404 for anyone else. */
@Path("/api/staff/{id}/supervisions")
@Tag(name = "Supervision", description = "Supervision of workers: schedules, sessions, sign-off and management oversight")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class SupervisionResource {

    private final SupervisionService supervision;
    private final CurrentCaller caller;

    SupervisionResource(SupervisionService supervision, CurrentCaller caller) {
        this.supervision = supervision;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The worker's schedule (supervisor, frequency, last session, next due, overdue or not, next booked) and "
            + "every session, newest first")
    public SupervisionScheduleResponse schedule(@PathParam("id") UUID id) {
        return supervision.schedule(id, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Operation(summary = "Book the next session with the worker's supervisor (409 if one is booked already)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionSummary.class)))
    public Response book(@PathParam("id") UUID id, @Valid @NotNull BookSessionRequest request) {
        return Response.status(Response.Status.CREATED).entity(supervision.book(id, request, caller.get())).build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @PUT
    @Path("/supervisor")
    @Operation(summary = "Set who supervises the worker (a manager of their team or an admin); otherwise their team manager does")
    public SupervisionScheduleResponse setSupervisor(@PathParam("id") UUID id, @Valid @NotNull SetSupervisorRequest request) {
        return supervision.setSupervisor(id, request, caller.get());
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "A session with its agenda (the worker's open supervision actions, overdue first) and what was discussed")
    public SessionResponse session(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return supervision.session(id, sessionId, caller.get());
    }

    @POST
    @Path("/{sessionId}/record")
    @Operation(summary = "Record the session held: per young person discussion, decision and actions (owner and due date, else 422 "
            + "naming the action and nothing saved), and an outcome for every carried action (closed, or re-dated with a reason)")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionResponse record(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId,
                                  @Valid @NotNull RecordSessionRequest request) {
        return supervision.record(id, sessionId, request, caller.get());
    }

    @POST
    @Path("/{sessionId}/sign-off")
    @Operation(summary = "The worker or the supervisor signs the session off (409 until the next session is booked); a signature "
            + "more than 5 working days after the session is recorded as late")
    public SessionSummary signOff(@PathParam("id") UUID id, @PathParam("sessionId") UUID sessionId) {
        return supervision.signOff(id, sessionId, caller.get());
    }
}
