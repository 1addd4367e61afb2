package app.waypoint.processes;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/processes")
@Tag(name = "Processes", description = "The processes running for a young person, and the deployed process models")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class YoungPersonProcessResource {

    private final ProcessViewService processes;
    private final CurrentCaller caller;

    YoungPersonProcessResource(ProcessViewService processes, CurrentCaller caller) {
        this.processes = processes;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The processes running for the young person, oldest first: each with its current steps (task, assignee, due "
            + "day) and the URL of its diagram")
    public List<OpenProcessResponse> list(@PathParam("id") UUID id) {
        return processes.openProcesses(id, caller.get());
    }
}
