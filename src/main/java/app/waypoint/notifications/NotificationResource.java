package app.waypoint.notifications;

import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The signed-in member of staff's own notifications; nobody sees anyone else's. */
@Path("/api/notifications")
@Tag(name = "Notifications", description = "The signed-in member of staff's own notifications, with a live stream")
@SecurityRequirement(name = "jwt")
@RolesAllowed({Roles.WORKER, Roles.MANAGER, Roles.IRO, Roles.ADMIN})
class NotificationResource {

    private final NotificationService notifications;
    private final NotificationStream stream;
    private final CurrentCaller caller;

    NotificationResource(NotificationService notifications, NotificationStream stream, CurrentCaller caller) {
        this.notifications = notifications;
        this.stream = stream;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Your notifications, newest first; unread=true for the unread ones only; paged")
    public Page<NotificationResponse> list(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("50") int size) {
        return notifications.inbox(caller.get(), unreadOnly, new Paging(page, size));
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of your notifications are unread")
    public UnreadCount unreadCount() {
        return notifications.unreadCount(caller.get());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of your notifications read (404 for anyone else's)")
    public NotificationResponse markRead(@PathParam("id") UUID id) {
        return notifications.markRead(id, caller.get());
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all your notifications read")
    public Response markAllRead() {
        notifications.markAllRead(caller.get());
        return Response.noContent().build();
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: your unread count and newest unread notification, on connect and whenever they change")
    public Multi<InboxState> stream() {
        return stream.of(caller.get().username());
    }
}
