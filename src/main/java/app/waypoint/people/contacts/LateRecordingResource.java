package app.waypoint.people.contacts;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.PlausibleDate;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How promptly contacts are recorded, per member of staff and per team, for managers (their teams) and administrators. */
@Path("/api/reports/late-recording")
@Tag(name = "Reports", description = "Reports for managers over their teams: how promptly contacts with young people are recorded")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
class LateRecordingResource {

    private static final String PROBLEM = "application/problem+json";

    private final LateRecordingService report;
    private final CurrentCaller caller;

    LateRecordingResource(LateRecordingService report, CurrentCaller caller) {
        this.report = report;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Per team and per member of staff of the caller's teams (or teamId): contacts recorded from..to (default the "
            + "last three months), those recorded more than the threshold of working days after the contact, and the median and "
            + "longest delay in working days")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "from after to", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "A team that is not the caller's", content = @Content(mediaType = PROBLEM))
    public LateRecordingReport figures(@QueryParam("from") @PlausibleDate LocalDate from, @QueryParam("to") @PlausibleDate LocalDate to,
                                       @QueryParam("teamId") UUID teamId) {
        return report.report(from, to, teamId, caller.get());
    }

    @GET
    @Path("/contacts")
    @Operation(summary = "The contacts behind the figures, most late first (at most 500): recorded from..to by one member of staff "
            + "(worker, a username) or anyone in the caller's teams (or teamId), late ones only unless lateOnly=false")
    @APIResponse(responseCode = "200", description = "The contacts")
    @APIResponse(responseCode = "400", description = "from after to", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "A team that is not the caller's", content = @Content(mediaType = PROBLEM))
    public List<LateContact> contacts(@QueryParam("from") @PlausibleDate LocalDate from, @QueryParam("to") @PlausibleDate LocalDate to,
                                      @QueryParam("teamId") UUID teamId, @QueryParam("worker") @Size(max = 80) String worker,
                                      @QueryParam("lateOnly") @DefaultValue("true") boolean lateOnly) {
        return report.contacts(from, to, teamId, worker, lateOnly, caller.get());
    }
}
