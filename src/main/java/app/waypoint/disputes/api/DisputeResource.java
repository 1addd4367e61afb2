package app.waypoint.disputes.api;

import app.waypoint.disputes.domain.records.CafcassReferralRequest;
import app.waypoint.disputes.domain.records.DisputeAnswerRequest;
import app.waypoint.disputes.domain.records.DisputeResponse;
import app.waypoint.disputes.domain.records.JudgementRequest;
import app.waypoint.disputes.domain.records.RaiseDisputeRequest;
import app.waypoint.disputes.domain.records.StageSkipRequest;
import app.waypoint.disputes.domain.resolution.DisputeFilter;
import app.waypoint.disputes.domain.resolution.DisputeService;
import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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

@Path("/api/disputes")
@Tag(name = "Disputes", description = "IRO disputes about a young person's plan, from informal resolution to a Cafcass referral")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class DisputeResource {

    private final DisputeService disputes;
    private final CurrentCaller caller;

    DisputeResource(DisputeService disputes, CurrentCaller caller) {
        this.disputes = disputes;
        this.caller = caller;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Operation(summary = "Raise a dispute about a young person (their IRO only); informal resolution starts")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DisputeResponse.class)), headers = @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response raise(@Valid @NotNull RaiseDisputeRequest request, @Context UriInfo uri) {
        DisputeResponse raised = disputes.raise(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(raised.id().toString()).build()).entity(raised).build();
    }

    @GET
    @Operation(summary = "Disputes you may read (yours as IRO, your team's, those you respond to), by young person and status; paged")
    public Page<DisputeResponse> list(@QueryParam("youngPersonId") UUID youngPersonId, @QueryParam("status") String status,
                                      @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return disputes.list(new DisputeFilter(youngPersonId, status, new Paging(page, size)), caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One dispute with its history")
    public DisputeResponse get(@PathParam("id") UUID id) {
        return disputes.get(id, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/responses")
    @Operation(summary = "Respond to a dispute (its current respondent)")
    public DisputeResponse respond(@PathParam("id") UUID id, @Valid @NotNull DisputeAnswerRequest request) {
        return disputes.respond(id, request, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/judgements")
    @Operation(summary = "Judge the response awaiting judgement (the IRO): satisfied, or on to the next or a named later stage")
    public DisputeResponse judge(@PathParam("id") UUID id, @Valid @NotNull JudgementRequest request) {
        return disputes.judge(id, request, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/stage")
    @Operation(summary = "Skip to a later stage while a response is awaited (the IRO; 409 if not later)")
    public DisputeResponse skip(@PathParam("id") UUID id, @Valid @NotNull StageSkipRequest request) {
        return disputes.skipTo(id, request, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/cafcass-referral")
    @Operation(summary = "Record a referral to Cafcass (the IRO, any stage, once; 409 the second time)")
    public DisputeResponse referToCafcass(@PathParam("id") UUID id, @Valid CafcassReferralRequest request) {
        return disputes.referToCafcass(id, request, caller.get());
    }
}
