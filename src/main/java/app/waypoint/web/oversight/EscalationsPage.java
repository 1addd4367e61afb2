package app.waypoint.web.oversight;

import app.waypoint.disputes.domain.records.DisputeResponse;
import app.waypoint.disputes.domain.resolution.DisputeFilter;
import app.waypoint.disputes.domain.resolution.DisputeService;
import app.waypoint.escalations.domain.EscalationFilter;
import app.waypoint.escalations.domain.EscalationResponse;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.Paging;
import app.waypoint.web.shell.PageNames;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.web.youngpeople.YoungPersonCards;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Escalations of late work about the caller's young people (a worker: those sent to them), to acknowledge; and the open IRO
 * disputes, to follow (an IRO raises them from here).
 */
@Path("/escalations")
@Produces(MediaType.TEXT_HTML)
class EscalationsPage {

    private static final Paging FIRST_200 = new Paging(0, Paging.MAX_SIZE);

    private final EscalationService escalations;
    private final DisputeService disputes;
    private final PageNames names;
    private final SignedIn signedIn;

    EscalationsPage(EscalationService escalations, DisputeService disputes, PageNames names, SignedIn signedIn) {
        this.escalations = escalations;
        this.disputes = disputes;
        this.names = names;
        this.signedIn = signedIn;
    }

    /** What the page shows; {@code justAcknowledged} is the escalation the person has just acknowledged, for the confirmation. */
    record View(List<EscalationRow> open, List<EscalationRow> acknowledged, List<DisputeRow> disputes, boolean mineOnly, boolean iro,
                EscalationRow justAcknowledged) {
    }

    /** An escalation as a row: the late step, whose case, the rung reached, who was told, and its acknowledgement. */
    record EscalationRow(UUID id, String taskId, String taskName, UUID youngPersonId, String youngPersonName, String stage, String due,
                         String raised, String notified, boolean canAcknowledge, String acknowledgedBy, String acknowledgedOn) {
    }

    /** An open dispute as a row. */
    record DisputeRow(UUID id, UUID youngPersonId, String youngPersonName, String issue, String stage, String raisedBy, String raised) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance escalations(View view);
    }

    @GET
    public TemplateInstance list(@QueryParam("acknowledged") String acknowledged) {
        Caller caller = signedIn.caller();
        String scope = caller.is(StaffRole.WORKER) ? "mine" : "all";
        List<EscalationRow> open = escalations.list(new EscalationFilter(scope, "open", null, null, FIRST_200), caller).items()
                .stream().map(escalation -> row(escalation, caller)).toList();
        List<EscalationRow> seen = escalations.list(new EscalationFilter(scope, "acknowledged", null, null, FIRST_200), caller).items()
                .stream().map(escalation -> row(escalation, caller)).toList();
        List<DisputeRow> openDisputes = disputes.list(new DisputeFilter(null, "open", FIRST_200), caller).items().stream()
                .map(this::dispute).toList();
        EscalationRow just = acknowledged == null ? null
                : seen.stream().filter(row -> row.id().toString().equals(acknowledged)).findFirst().orElse(null);
        return Templates.escalations(new View(open, seen, openDisputes, caller.is(StaffRole.WORKER), caller.is(StaffRole.IRO), just));
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response acknowledge(@PathParam("id") UUID id) {
        escalations.acknowledge(id, signedIn.caller());
        return Response.seeOther(UriBuilder.fromPath("/escalations").queryParam("acknowledged", id).build()).build();
    }

    private EscalationRow row(EscalationResponse escalation, Caller caller) {
        boolean canAcknowledge = escalation.acknowledgedAt() == null && escalation.notified().contains(caller.username());
        return new EscalationRow(escalation.id(), escalation.taskId(), escalation.taskName(), escalation.youngPersonId(),
                escalation.youngPersonId() == null ? null : names.youngPerson(escalation.youngPersonId()),
                stage(escalation), PageTimes.day(escalation.dueAt()), PageTimes.when(escalation.raisedAt()),
                escalation.notified().stream().map(names::staff).collect(Collectors.joining(", ")), canAcknowledge,
                escalation.acknowledgedBy() == null ? null : names.staff(escalation.acknowledgedBy()), PageTimes.when(escalation.acknowledgedAt()));
    }

    private DisputeRow dispute(DisputeResponse dispute) {
        return new DisputeRow(dispute.id(), dispute.youngPersonId(), names.youngPerson(dispute.youngPersonId()),
                YoungPersonCards.readable(dispute.issueType().name()), DisputesPage.stage(dispute.stage()), names.staff(dispute.raisedBy()),
                PageTimes.day(dispute.raisedAt()));
    }

    private static String stage(EscalationResponse escalation) {
        return switch (escalation.stage()) {
            case TEAM_MANAGER -> "Team manager";
            case SERVICE_MANAGER -> "Service manager";
            case HEAD_OF_SERVICE -> "Head of service";
        };
    }
}
