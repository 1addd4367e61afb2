package app.waypoint.audit;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, for administrators (by their staff record): reading it is not a read of the young people it names. */
@Path("/api/audit")
@Tag(name = "Audit", description = "Who read or changed which young person's record, for administrators (subject access requests)")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.ADMIN)
@NotAudited
class AuditResource {

    private final AuditService audit;
    private final CurrentCaller caller;

    AuditResource(AuditService audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/young-people/{id}")
    @Operation(summary = "Who read or changed this young person's record, newest first (for a subject access request); from/to are days, inclusive")
    public Page<AuditEntryResponse> aboutYoungPerson(@PathParam("id") UUID id, @QueryParam("from") LocalDate from,
                                                     @QueryParam("to") LocalDate to, @QueryParam("page") @DefaultValue("0") int page,
                                                     @QueryParam("size") @DefaultValue("50") int size) {
        requireAdmin();
        return audit.aboutYoungPerson(id, from, to, new Paging(page, size));
    }

    @GET
    @Path("/staff/{id}")
    @Operation(summary = "Whose records this member of staff read or changed, newest first; from/to are days, inclusive")
    public Page<AuditEntryResponse> byStaff(@PathParam("id") UUID id, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("50") int size) {
        requireAdmin();
        return audit.byStaff(id, from, to, new Paging(page, size));
    }

    private void requireAdmin() {
        if (!caller.get().is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only an administrator may read the audit trail.");
        }
    }
}
