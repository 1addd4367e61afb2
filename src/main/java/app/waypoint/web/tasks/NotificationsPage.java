package app.waypoint.web.tasks;

import app.waypoint.notifications.NotificationResponse;
import app.waypoint.notifications.NotificationService;
import app.waypoint.notifications.NotificationStream;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonName;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The signed-in person's notifications, and the live unread count in every page's header (server-sent events). */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
class NotificationsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final NotificationService notifications;
    private final NotificationStream stream;
    private final YoungPersonService youngPeople;
    private final VisibilityService visibility;
    private final SignedIn signedIn;

    NotificationsPage(NotificationService notifications, NotificationStream stream, YoungPersonService youngPeople, VisibilityService visibility,
                      SignedIn signedIn) {
        this.notifications = notifications;
        this.youngPeople = youngPeople;
        this.visibility = visibility;
        this.stream = stream;
        this.signedIn = signedIn;
    }

    /**
     * A notification as listed. The notice names the young person by local id only (it is also an e-mail); the page names
     * them, and links their page, when the reader may see them. {@code youngPerson} is null for a notice about nobody.
     */
    record Entry(String headline, String youngPerson, UUID youngPersonId, String link, String when, boolean read) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(List<Entry> entries, long total);
    }

    @GET
    public TemplateInstance list() {
        Caller caller = signedIn.caller();
        Page<NotificationResponse> inbox = notifications.inbox(caller, false, new Paging(0, 100));
        Map<String, Optional<YoungPersonName>> named = new HashMap<>();
        return Templates.notifications(inbox.items().stream().map(n -> {
            Optional<YoungPersonName> person = n.youngPersonRef() == null ? Optional.empty()
                    : named.computeIfAbsent(n.youngPersonRef(), ref -> youngPeople.byLocalId(ref).filter(p -> visibility.canSee(p.id(), caller)));
            return new Entry(n.headline(), person.map(YoungPersonName::name).orElse(n.youngPersonRef()), person.map(YoungPersonName::id).orElse(null),
                    n.link(), WHEN.format(n.createdAt()), n.read());
        }).toList(), inbox.total());
    }

    @POST
    @Path("/read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        notifications.markAllRead(signedIn.caller());
        return Response.seeOther(URI.create("/notifications")).build();
    }

    /** The unread count as an {@code unread} event, on connect and whenever it changes; htmx swaps it into the header. */
    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> unreadCount(@Context Sse sse) {
        return stream.of(signedIn.caller().username())
                .map(state -> sse.newEventBuilder().name("unread").data(String.valueOf(state.unread())).build());
    }
}
