package app.waypoint.supervision.api;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import app.waypoint.supervision.domain.records.SupervisionReportRow;
import app.waypoint.supervision.domain.sessions.SupervisionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports/supervision")
@Tag(name = "Supervision", description = "Supervision of workers: schedules, sessions, sign-off and management oversight")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
class SupervisionReportResource {

    private final SupervisionService supervision;
    private final CurrentCaller caller;

    SupervisionReportResource(SupervisionService supervision, CurrentCaller caller) {
        this.supervision = supervision;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Per worker of the caller's team (admins: teamId): last session, next due, overdue or not, next booked, "
            + "open, overdue, carried and flagged supervision actions")
    public List<SupervisionReportRow> report(@QueryParam("teamId") UUID teamId) {
        return supervision.report(teamId, caller.get());
    }
}
