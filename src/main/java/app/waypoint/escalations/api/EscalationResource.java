package app.waypoint.escalations.api;

import app.waypoint.escalations.domain.EscalationFilter;
import app.waypoint.escalations.domain.EscalationResponse;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/escalations")
@Tag(name = "Escalations", description = "Late work escalated up the team's chain, and its acknowledgement")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class EscalationResource {

    private final EscalationService escalations;
    private final CurrentCaller caller;

    EscalationResource(EscalationService escalations, CurrentCaller caller) {
        this.escalations = escalations;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Escalations of late tasks: scope all|mine|team|iro, state open|acknowledged|resolved|any, paged")
    public Page<EscalationResponse> list(@QueryParam("scope") String scope, @QueryParam("state") String state,
                                         @QueryParam("youngPersonId") UUID youngPersonId, @QueryParam("taskId") String taskId,
                                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return escalations.list(new EscalationFilter(scope, state, youngPersonId, taskId, new Paging(page, size)), caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One escalation: task, young person, stage, who was told, acknowledgement, resolution")
    public EscalationResponse get(@PathParam("id") UUID id) {
        return escalations.get(id, caller.get());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Acknowledge an escalation sent to you (409 if already acknowledged)")
    public EscalationResponse acknowledge(@PathParam("id") UUID id) {
        return escalations.acknowledge(id, caller.get());
    }
}
