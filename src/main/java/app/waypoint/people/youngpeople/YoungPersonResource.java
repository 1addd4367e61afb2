package app.waypoint.people.youngpeople;

import app.waypoint.people.allocations.AllocationRequest;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.EndAllocationRequest;
import app.waypoint.people.caseload.CaseloadEntry;
import app.waypoint.people.caseload.CaseloadFilter;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import app.waypoint.people.record.care.CareEpisodeHistoryResponse;
import app.waypoint.people.record.care.EndCareRequest;
import app.waypoint.people.record.care.StartCareRequest;
import app.waypoint.people.record.flags.FlagChangeResponse;
import app.waypoint.people.record.flags.FlagRequest;
import app.waypoint.people.record.identity.CorrectionRequest;
import app.waypoint.people.record.identity.CorrectionResponse;
import app.waypoint.people.record.returns.CodedStatusRequest;
import app.waypoint.people.record.returns.CodedStatusResponse;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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

@Path("/api/young-people")
@Tag(name = "Young people", description = "Young people's records: care history, allocations, accommodation, activity, flags, contact")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class YoungPersonResource {

    private final YoungPersonService youngPeople;
    private final AllocationService allocations;
    private final YoungPersonRecordService records;
    private final CaseloadService caseload;
    private final CurrentCaller caller;

    YoungPersonResource(YoungPersonService youngPeople, AllocationService allocations, YoungPersonRecordService records, CaseloadService caseload,
                        CurrentCaller caller) {
        this.youngPeople = youngPeople;
        this.caseload = caseload;
        this.allocations = allocations;
        this.records = records;
        this.caller = caller;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a young person with their care history")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YoungPersonResponse.class)), headers = @Header(name = "Location", description = "Where the new resource is read", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response create(@Valid @NotNull CreateYoungPersonRequest request, UriInfo uri) {
        YoungPersonResponse created = youngPeople.create(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "The caller's caseload: the young people they may see with status, age, allocated social worker and personal "
            + "adviser, accommodation and suitability, activity, in touch, last contact and days since, next review due and cohort flags; "
            + "filtered (status, teamId, workerId, inTouch, suitable, activity, neet, noContactDays, planOutOfDate, uasc, parent, "
            + "inCustody, disabled, stayingPut, q: the start of a name or local id), sorted (sort=name|age|status|localId|lastContact|"
            + "reviewDue, order=asc|desc) and paged with the total")
    public Page<CaseloadEntry> list(@QueryParam("status") String status, @QueryParam("teamId") UUID teamId,
                                    @QueryParam("workerId") UUID workerId, @QueryParam("inTouch") String inTouch,
                                    @QueryParam("suitable") Boolean suitable, @QueryParam("activity") String activity,
                                    @QueryParam("neet") Boolean neet, @QueryParam("noContactDays") Integer noContactDays,
                                    @QueryParam("planOutOfDate") Boolean planOutOfDate, @QueryParam("uasc") Boolean uasc,
                                    @QueryParam("parent") Boolean parent, @QueryParam("inCustody") Boolean inCustody,
                                    @QueryParam("disabled") Boolean disabled, @QueryParam("stayingPut") Boolean stayingPut,
                                    @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("order") String order,
                                    @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return caseload.list(new CaseloadFilter(status, teamId, workerId, inTouch, suitable, activity, neet, noContactDays, planOutOfDate,
                uasc, parent, inCustody, disabled, stayingPut, q, sort, order, new Paging(page, size)), caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A young person's record, status and key dates")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YoungPersonResponse.class)), headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        YoungPersonResponse person = youngPeople.get(id, caller.get());
        return Response.ok(person).tag(etag(person)).build();
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(summary = "Allocation history: social workers, personal advisers, IROs")
    public List<AllocationResponse> allocations(@PathParam("id") UUID id) {
        return allocations.history(id, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/allocations")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Allocate a member of staff (replaces the current allocation of that kind)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllocationResponse.class)))
    public Response allocate(@PathParam("id") UUID id, @Valid @NotNull AllocationRequest request) {
        return Response.status(Response.Status.CREATED).entity(allocations.allocate(id, request, caller.get())).build();
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Path("/{id}/allocations/{allocationId}/end")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "End a current allocation {endedOn (today or earlier, not before it began), reason}; the allocation as ended. "
            + "409 when it has ended already")
    public AllocationResponse endAllocation(@PathParam("id") UUID id, @PathParam("allocationId") UUID allocationId,
                                            @Valid @NotNull EndAllocationRequest request) {
        return allocations.end(id, allocationId, request, caller.get());
    }

    // --- the record's history (issue 13) --------------------------------------------------------------------------------

    @GET
    @Path("/{id}/care-episodes")
    @Operation(summary = "Care episodes, latest first, with how each ended: reason, who recorded it, the approval of leaving before 18")
    public List<CareEpisodeHistoryResponse> careEpisodes(@PathParam("id") UUID id) {
        return records.careEpisodes(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/care-episodes")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Start a new episode of care {startDate, legalBasis, note?} (a child comes back into care); answers 201 with the "
            + "record, its recomputed status and new ETag. If-Match as for ending care")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YoungPersonResponse.class)))
    public Response startCare(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StartCareRequest request) {
        YoungPersonResponse person = records.startCare(id, request, ifMatch, caller.get());
        return Response.status(Response.Status.CREATED).entity(person).tag(etag(person)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/care-episodes/current/end")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "End the current episode of care (leaving care), optionally with the accommodation moved to; answers the "
            + "record with its recomputed status and new ETag. Send the ETag read in If-Match (required: 428 without it; * for any version): a stale one is 409")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YoungPersonResponse.class)), headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response endCare(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull EndCareRequest request) {
        YoungPersonResponse person = records.endCare(id, request, ifMatch, caller.get());
        return Response.ok(person).tag(etag(person)).build();
    }

    @GET
    @Path("/{id}/accommodation")
    @Operation(summary = "Accommodation history, latest first: SSDA903 category, where, from when, suitability with rationale, who judged it")
    public List<AccommodationResponse> accommodation(@PathParam("id") UUID id) {
        return records.accommodation(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/accommodation")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record where the young person lives from a date (a future date is a planned move). If-Match as for ending care")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccommodationResponse.class)))
    public Response recordAccommodation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                        @Valid @NotNull AccommodationRequest request) {
        return Response.status(Response.Status.CREATED).entity(records.recordAccommodation(id, request, ifMatch, caller.get())).build();
    }

    @GET
    @Path("/{id}/flags")
    @Operation(summary = "Cohort flag history, latest first: UASC (with immigration status), young parent, in custody, disabled, "
            + "staying put, House Project member; each set or cleared from a day, with why and who")
    public List<FlagChangeResponse> flags(@PathParam("id") UUID id) {
        return records.flagHistory(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/flags")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Set or clear a cohort flag from a day, with the reason. If-Match as for ending care")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FlagChangeResponse.class)))
    public Response changeFlag(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull FlagRequest request) {
        return Response.status(Response.Status.CREATED).entity(records.changeFlag(id, request, ifMatch, caller.get())).build();
    }

    @GET
    @Path("/{id}/activity")
    @Operation(summary = "Activity history (SSDA903 education, employment or training codes, NEET with its reason), latest first")
    public List<CodedStatusResponse> activity(@PathParam("id") UUID id) {
        return records.activity(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/activity")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the activity from a day {code, effectiveOn, note?}. If-Match as for ending care")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodedStatusResponse.class)))
    public Response recordActivity(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CodedStatusRequest request) {
        return Response.status(Response.Status.CREATED).entity(records.recordActivity(id, request, ifMatch, caller.get())).build();
    }

    @GET
    @Path("/{id}/in-touch")
    @Operation(summary = "In-touch history as the SSDA903 care-leaver return records it, latest first")
    public List<CodedStatusResponse> inTouch(@PathParam("id") UUID id) {
        return records.inTouch(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/in-touch")
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the in-touch status from a day {code, effectiveOn, note (the reason)}. If-Match as for ending care")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CodedStatusResponse.class)))
    public Response recordInTouch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CodedStatusRequest request) {
        return Response.status(Response.Status.CREATED).entity(records.recordInTouch(id, request, ifMatch, caller.get())).build();
    }

    @GET
    @Path("/{id}/corrections")
    @Operation(summary = "Identity corrections, latest first: each field with its value before and after, why, who and when")
    public List<CorrectionResponse> corrections(@PathParam("id") UUID id) {
        return records.corrections(id, caller.get());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/corrections")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Correct names, date of birth or local id {givenName?, familyName?, dateOfBirth?, localId?, reason}; answers the "
            + "record with its recomputed status and new ETag. If-Match as for ending care")
    @APIResponse(responseCode = "200", description = "The record", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YoungPersonResponse.class)), headers = @Header(name = "ETag", description = "The record's version, for If-Match", schema = @Schema(type = SchemaType.STRING)))
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CorrectionRequest request) {
        YoungPersonResponse person = records.correct(id, request, ifMatch, caller.get());
        return Response.ok(person).tag(etag(person)).build();
    }

    private static EntityTag etag(YoungPersonResponse person) {
        return new EntityTag(Long.toString(person.version()));
    }
}
