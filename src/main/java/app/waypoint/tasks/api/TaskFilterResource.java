package app.waypoint.tasks.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import app.waypoint.tasks.domain.filters.TaskFilterResponse;
import app.waypoint.tasks.domain.filters.TaskFilters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/task-filters")
@Tag(name = "Tasklist")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class TaskFilterResource {

    private final TaskFilters filters;
    private final CurrentCaller caller;

    TaskFilterResource(TaskFilters filters, CurrentCaller caller) {
        this.filters = filters;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The work tray's filters, built-in and your saved ones, each with how many tasks it holds now")
    public List<TaskFilterResponse> list() {
        return filters.withCounts(caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @Operation(summary = "Save criteria as a filter of your own (409 if you have one by that name)")
    public Response save(@Valid @NotNull TaskFilterRequest request) {
        TaskFilterResponse saved = filters.save(request.name(), request.scope(), request.process(), request.youngPersonId(), request.overdue(),
                caller.get());
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @DELETE
    @Path("/{filterId}")
    @Operation(summary = "Delete one of your saved filters")
    public Response delete(@PathParam("filterId") String filterId) {
        filters.delete(filterId, caller.get());
        return Response.noContent().build();
    }
}
