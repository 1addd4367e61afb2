package app.waypoint.people;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people")
@Tag(name = "Young people")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class YoungPersonResource {

    private final YoungPersonService youngPeople;
    private final AllocationService allocations;
    private final CurrentCaller caller;

    YoungPersonResource(YoungPersonService youngPeople, AllocationService allocations, CurrentCaller caller) {
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.caller = caller;
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a young person with their care history")
    public Response create(@Valid @NotNull CreateYoungPersonRequest request, UriInfo uri) {
        YoungPersonResponse created = youngPeople.create(request, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List the young people the caller may see")
    public Page<YoungPersonSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                         @QueryParam("size") @DefaultValue("50") int size) {
        return youngPeople.list(caller.get(), new Paging(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A young person's record, status and key dates")
    public YoungPersonResponse get(@PathParam("id") UUID id) {
        return youngPeople.get(id, caller.get());
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
    public Response allocate(@PathParam("id") UUID id, @Valid @NotNull AllocationRequest request) {
        return Response.status(Response.Status.CREATED).entity(allocations.allocate(id, request, caller.get())).build();
    }
}
