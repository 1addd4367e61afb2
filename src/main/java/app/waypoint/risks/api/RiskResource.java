package app.waypoint.risks.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.risks.domain.flags.RiskService;
import app.waypoint.risks.domain.records.RaiseConcernRequest;
import app.waypoint.risks.domain.records.RiskDecisionRequest;
import app.waypoint.risks.domain.records.RiskResponse;
import app.waypoint.risks.domain.records.RiskReviewRequest;
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

/**
 * Risk flags: concerns raised about a young person, a team manager's decision on each (with its safety plan) and the plan's
 * reviews. The decision and the review complete the young person's "Decide on concern" and "Review the safety plan" tasks.
 */
@Path("/api/young-people/{id}/risks")
@Tag(name = "Risks", description = "Concerns about a young person (exploitation, missing, self-harm, homelessness, substance misuse, "
        + "domestic abuse), a manager's decision on each, safety plans and their reviews")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class RiskResource {

    private final RiskService risks;
    private final CurrentCaller caller;

    RiskResource(RiskService risks, CurrentCaller caller) {
        this.risks = risks;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every concern about the young person, newest first, with its safety plan, its record and what you may do with it")
    public List<RiskResponse> list(@PathParam("id") UUID id) {
        return risks.list(id, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Operation(summary = "Raise a concern (seen today or earlier, else 422): a decision task goes to the young person's team managers, "
            + "due in 1 working day for exploitation or missing, 3 otherwise (configurable)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RiskResponse.class)))
    public Response raise(@PathParam("id") UUID id, @Valid @NotNull RaiseConcernRequest request) {
        return Response.status(Response.Status.CREATED).entity(risks.raise(id, request, caller.get())).build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{riskId}/decision")
    @Operation(summary = "Decide on a concern (a manager of the young person's team, else 403; 409 unless it awaits a decision): an active "
            + "risk with a safety plan (actions with owners and due dates, each a task for its owner) and a review date, or not accepted; "
            + "the rationale is required (422 otherwise)")
    public RiskResponse decide(@PathParam("id") UUID id, @PathParam("riskId") UUID riskId, @Valid @NotNull RiskDecisionRequest request) {
        return risks.decide(id, riskId, request, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{riskId}/review")
    @Operation(summary = "Review an active risk's safety plan on its review date (a manager of the young person's team; 409 before the "
            + "review is due): kept active until a new review date, or closed, with the rationale")
    public RiskResponse review(@PathParam("id") UUID id, @PathParam("riskId") UUID riskId, @Valid @NotNull RiskReviewRequest request) {
        return risks.review(id, riskId, request, caller.get());
    }
}
