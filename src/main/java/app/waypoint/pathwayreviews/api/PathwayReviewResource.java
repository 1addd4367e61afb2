package app.waypoint.pathwayreviews.api;

import app.waypoint.pathwayreviews.domain.review.PathwayReviewResponse;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.pathwayreviews.domain.review.TriggerOutcome;
import app.waypoint.pathwayreviews.domain.triggers.RequestReviewRequest;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeRequest;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}")
@Tag(name = "Pathway reviews", description = "Pathway reviews: requested, triggered by a significant change, or due by the calendar")
@SecurityRequirement(name = "jwt")
class PathwayReviewResource {

    private final PathwayReviewService reviews;
    private final CurrentCaller caller;

    PathwayReviewResource(PathwayReviewService reviews, CurrentCaller caller) {
        this.reviews = reviews;
        this.caller = caller;
    }

    @GET
    @Path("/pathway-reviews")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "The young person's pathway reviews, newest first, with their triggers and the steps an open one is at")
    public List<PathwayReviewResponse> list(@PathParam("id") UUID id) {
        return reviews.list(id, caller.get());
    }

    @POST
    @Path("/pathway-reviews")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "Request a review for the young person or their adviser: 201 with the review started, or 200 with the open "
            + "review the request was recorded on")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "A review was started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathwayReviewResponse.class)))
    @APIResponse(responseCode = "200", description = "No review started: the open review, already under way", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathwayReviewResponse.class)))
    public Response request(@PathParam("id") UUID id, @Valid @NotNull RequestReviewRequest request) {
        return answer(reviews.request(id, request, caller.get()));
    }

    @POST
    @Path("/significant-changes")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a significant change: 201 with the review it started (due the configured working days after the "
            + "change), or 200 with the open review it was recorded on")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "A review was started", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathwayReviewResponse.class)))
    @APIResponse(responseCode = "200", description = "No review started: the open review the change was added to", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PathwayReviewResponse.class)))
    public Response significantChange(@PathParam("id") UUID id, @Valid @NotNull SignificantChangeRequest request) {
        return answer(reviews.recordSignificantChange(id, request, caller.get()));
    }

    private static Response answer(TriggerOutcome outcome) {
        return Response.status(outcome.started() ? Response.Status.CREATED : Response.Status.OK).entity(outcome.review()).build();
    }
}
