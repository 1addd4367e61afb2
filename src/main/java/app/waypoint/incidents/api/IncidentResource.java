package app.waypoint.incidents.api;

import app.waypoint.incidents.domain.IncidentResponse;
import app.waypoint.incidents.domain.IncidentService;
import app.waypoint.incidents.domain.RetriedResponse;
import app.waypoint.incidents.domain.RetryKindRequest;
import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The process steps that failed (engine jobs and incidents), for administrators, and retrying them. */
@Path("/api/incidents")
@Tag(name = "Incidents", description = "Process steps that failed: retried by the engine, then stopped with an incident until retried here")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.ADMIN)
class IncidentResource {

    private final IncidentService incidents;
    private final CurrentCaller caller;

    IncidentResource(IncidentService incidents, CurrentCaller caller) {
        this.incidents = incidents;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every failed process step, stopped (incident) or still retrying, oldest first; error messages without personal data")
    public List<IncidentResponse> list() {
        return incidents.failedSteps(caller.get());
    }

    @POST
    @Path("/{jobId}/retry")
    @Operation(summary = "Give one failed step one more attempt (404 when it has not failed, or has run since)")
    public void retry(@PathParam("jobId") @NotNull @Size(max = 64) String jobId) {
        incidents.retry(jobId, caller.get());
    }

    @POST
    @Path("/retries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give every failed job of one step of one process one more attempt; answers how many")
    public RetriedResponse retryAll(@Valid @NotNull RetryKindRequest request) {
        return incidents.retryAll(request, caller.get());
    }
}
