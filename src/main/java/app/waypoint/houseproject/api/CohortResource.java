package app.waypoint.houseproject.api;

import app.waypoint.houseproject.domain.membership.CohortService;
import app.waypoint.houseproject.domain.records.CohortBoardResponse;
import app.waypoint.houseproject.domain.records.CohortResponse;
import app.waypoint.houseproject.domain.records.CreateCohortRequest;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/house-project/cohorts")
@Tag(name = "House Project", description = "House Project cohorts and the moves of their young people into their own tenancies")
@SecurityRequirement(name = "jwt")
class CohortResource {

    private final CohortService cohorts;
    private final CurrentCaller caller;

    CohortResource(CohortService cohorts, CurrentCaller caller) {
        this.cohorts = cohorts;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "Every House Project cohort, the latest start first, with the places taken")
    public List<CohortResponse> list() {
        return cohorts.list();
    }

    @POST
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "Create a cohort (managers, for their team; administrators, naming the team): name, start date, staff (the lead "
            + "first), capacity (default 10)")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)), headers = @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(@Valid @NotNull CreateCohortRequest request, @Context UriInfo uri) {
        CohortResponse created = cohorts.create(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{cohortId}")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "One cohort")
    public CohortResponse get(@PathParam("cohortId") UUID cohortId) {
        return cohorts.get(cohortId);
    }

    @GET
    @Path("/{cohortId}/board")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "The cohort board: each member's status, current steps and overdue steps, and the homes waiting for keys "
            + "(only the members the caller may see; hiddenMembers counts the rest)")
    public CohortBoardResponse board(@PathParam("cohortId") UUID cohortId) {
        return cohorts.board(cohortId, caller.get());
    }
}
