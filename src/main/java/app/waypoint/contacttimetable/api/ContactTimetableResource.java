package app.waypoint.contacttimetable.api;

import app.waypoint.contacttimetable.domain.ContactTimetableResponse;
import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/contact-timetable")
@Tag(name = "Contact timetable", description = "When the next visit or keeping-in-touch contact with a care leaver is due, and why "
        + "(Care Leavers Regs 2010 reg 8, or the council's keeping-in-touch interval)")
@SecurityRequirement(name = "jwt")
class ContactTimetableResource {

    private final ContactTimetableService timetables;
    private final CurrentCaller caller;

    ContactTimetableResource(ContactTimetableService timetables, CurrentCaller caller) {
        this.timetables = timetables;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
    @Operation(summary = "The young person's contact timetable: the next visit or contact due, the rule in words, overdue or not, and the "
            + "last matching contact (running false when the council has no keeping-in-touch duty to them)")
    @APIResponse(responseCode = "200", description = "The timetable", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactTimetableResponse.class)))
    @APIResponse(responseCode = "404", description = "No such young person, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public ContactTimetableResponse get(@PathParam("id") UUID id) {
        return timetables.view(id, caller.get());
    }
}
