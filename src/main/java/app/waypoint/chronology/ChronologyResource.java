package app.waypoint.chronology;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/chronology")
@Tag(name = "Chronology", description = "A young person's history in one timeline: episodes, plans, reviews, contacts, escalations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class ChronologyResource {

    private final ChronologyService chronology;
    private final CurrentCaller caller;

    ChronologyResource(ChronologyService chronology, CurrentCaller caller) {
        this.chronology = chronology;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "What happened to the young person, newest first, paged: process steps completed (and by whom), escalations, "
            + "management oversight, significant changes, allocations and dispute steps; each with when, kind, title, who and a link")
    public Page<ChronologyEntry> list(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("50") int size) {
        return chronology.chronology(id, caller.get(), new Paging(page, size));
    }
}
