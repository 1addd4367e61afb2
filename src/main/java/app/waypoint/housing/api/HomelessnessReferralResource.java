package app.waypoint.housing.api;

import app.waypoint.housing.domain.HomelessnessReferralResponse;
import app.waypoint.housing.domain.HomelessnessReferralService;
import app.waypoint.housing.domain.HomelessnessReferralsResponse;
import app.waypoint.housing.domain.StartReferralRequest;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/homelessness-referrals")
@Tag(name = "Housing", description = "Homelessness referrals to a housing authority under the duty to refer (Housing Act 1996 s213B), "
        + "and the young person's risk of homelessness while one is open")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class HomelessnessReferralResource {

    private final HomelessnessReferralService referrals;
    private final CurrentCaller caller;

    HomelessnessReferralResource(HomelessnessReferralService referrals, CurrentCaller caller) {
        this.referrals = referrals;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The young person's homelessness referrals, newest first, each with its steps (referred, to whom, the "
            + "housing authority's outcome, due days); whether they are at risk of homelessness, and what the caller may do")
    public HomelessnessReferralsResponse list(@PathParam("id") UUID id) {
        return referrals.list(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that the young person is homeless or threatened with homelessness within 56 days: a referral "
            + "task goes to their personal adviser, else their social worker (403 for their IRO; 409 while one is open; 422 for a "
            + "day in the future)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HomelessnessReferralResponse.class)), headers = @Header(name = "Location",
            description = "Where the young person's referrals are read", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response start(@PathParam("id") UUID id, @Valid @NotNull StartReferralRequest request, @Context UriInfo uri) {
        HomelessnessReferralResponse started = referrals.start(id, request, caller.get());
        return Response.created(uri.getAbsolutePath()).entity(started).build();
    }
}
