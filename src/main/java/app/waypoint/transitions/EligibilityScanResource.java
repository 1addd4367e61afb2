package app.waypoint.transitions;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/eligibility-scans")
@Tag(name = "Leaving-care transitions", description = "The leaving-care transition of a young person, from 15 years 9 months to 25")
@SecurityRequirement(name = "jwt")
class EligibilityScanResource {

    private final TransitionService transitions;
    private final CurrentCaller caller;

    EligibilityScanResource(TransitionService transitions, CurrentCaller caller) {
        this.transitions = transitions;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Run the eligibility scan now (it also runs by itself every night at 01:00)")
    public EligibilityScanResponse scan() {
        return transitions.scanNow(caller.get());
    }
}
