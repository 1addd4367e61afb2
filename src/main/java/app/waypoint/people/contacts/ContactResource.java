package app.waypoint.people.contacts;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/young-people/{id}/contacts")
@Tag(name = "Young people", description = "Young people's records: care history, allocations, accommodation, activity, flags, contact")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class ContactResource {

    private final ContactService contacts;
    private final CurrentCaller caller;

    ContactResource(ContactService contacts, CurrentCaller caller) {
        this.contacts = contacts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The young person's recorded contacts, latest first")
    public List<ContactResponse> list(@PathParam("id") UUID id) {
        return contacts.list(id, caller.get());
    }

    @Consumes(MediaType.APPLICATION_JSON)
    @POST
    @RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a contact with the young person, made or attempted (outcome MADE, the default, or ATTEMPTED): the day "
            + "(not in the future, else 422), how, and an optional note")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactResponse.class)))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull RecordContactRequest request) {
        return Response.status(Response.Status.CREATED).entity(contacts.record(id, request, caller.get())).build();
    }
}
