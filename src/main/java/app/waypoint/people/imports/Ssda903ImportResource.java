package app.waypoint.people.imports;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Importing young people, their care history and care-leaver codes from the council's SSDA903 files. */
@Path("/api/imports")
@Tag(name = "Imports", description = "Starting from a council's case-management system: the SSDA903 header, episodes and OC3 tables, "
        + "with a dry run, each bad row refused with its reason, and running twice changing nothing")
@SecurityRequirement(name = "jwt")
class Ssda903ImportResource {

    private static final String PROBLEM = "application/problem+json";

    private final Ssda903Import imports;
    private final CurrentCaller caller;

    Ssda903ImportResource(Ssda903Import imports, CurrentCaller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Path("/ssda903")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Import the SSDA903 header and episodes tables (young people and their care episodes, into teamId) and the "
            + "OC3 table (in touch, activity and accommodation on the birthday in collectionYear), each the text of its CSV file; "
            + "with dryRun=true, only report what would change. Answers each row's outcome: CREATE, UPDATE, UNCHANGED or REFUSED "
            + "with the field and the reason")
    @APIResponse(responseCode = "200", description = "What was imported, or would be on a dry run, row by row",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "A file that cannot be read as CSV, or no file", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not an administrator, nor a manager importing into their own team",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "413", description = "Bigger than the body limit", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "A file without the columns of its SSDA903 table, or no such team",
            content = @Content(mediaType = PROBLEM))
    public ImportReport importSsda903(@Valid @NotNull Ssda903ImportRequest request, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        return imports.run(request, dryRun, caller.get());
    }
}
