package app.waypoint.processes;

import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/process-models")
@Tag(name = "Processes", description = "The processes running for a young person, and the deployed process models")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class ProcessModelResource {

    private final ProcessViewService processes;

    ProcessModelResource(ProcessViewService processes) {
        this.processes = processes;
    }

    @GET
    @Path("/{key}/diagram")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The BPMN 2.0 XML (with diagram layout) of a deployed process, for a viewer to draw: the latest version, "
            + "or the version named")
    public String diagram(@PathParam("key") String key, @QueryParam("version") Integer version) {
        return processes.diagram(key, version);
    }
}
