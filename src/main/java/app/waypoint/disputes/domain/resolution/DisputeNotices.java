package app.waypoint.disputes.domain.resolution;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.allocations.Responsibles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Who hears about each step of a dispute, and what they read (no names: the young person's local id and a link). */
@ApplicationScoped
class DisputeNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final NotificationService notifications;

    DisputeNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The young person's team managers are asked to resolve it informally. */
    void raised(Dispute dispute, Responsibles people) {
        send(dispute, people, "raised", people.teamManagers(),
                "IRO dispute raised: informal response due by " + DAY.format(dispute.informalResolutionBy));
    }

    /** The respondent of a formal stage is asked to respond. */
    void stageStarted(Dispute dispute, Responsibles people) {
        if (dispute.respondent != null) {
            send(dispute, people, "stage:" + dispute.stage, List.of(dispute.respondent),
                    "IRO dispute escalated to you (" + dispute.stage.label() + " stage): respond by " + day(dispute.responseDueAt));
        }
    }

    void responseArrived(Dispute dispute, Responsibles people, String iro) {
        send(dispute, people, "response:" + dispute.stage, List.of(iro),
                "Response to your dispute (" + dispute.stage.label() + " stage): please judge it");
    }

    void responseOverdue(Dispute dispute, Responsibles people, String iro) {
        send(dispute, people, "overdue:" + dispute.stage, List.of(iro),
                "Dispute response overdue (" + dispute.stage.label() + " stage)");
    }

    void limitReached(Dispute dispute, Responsibles people, Collection<String> recipients) {
        send(dispute, people, "limit", recipients, "IRO dispute reached its formal time limit: Cafcass referral to be considered");
    }

    /** The IRO, the team's managers and whoever last responded learn how the dispute ended. */
    void closed(Dispute dispute, Responsibles people, Collection<String> recipients) {
        send(dispute, people, "closed", recipients, "IRO dispute closed: " + switch (dispute.status) {
            case RESOLVED -> "resolved";
            case UNRESOLVED -> "unresolved at DCS stage, Cafcass referral to be considered";
            case LIMIT_REACHED -> "formal time limit reached";
            case OPEN -> throw new IllegalArgumentException("A dispute cannot close as open");
        });
    }

    private void send(Dispute dispute, Responsibles people, String event, Collection<String> recipients, String headline) {
        recipients.forEach(username -> notifications.notify(new Notice("dispute:" + dispute.id + ":" + event, username, headline,
                people.youngPersonRef(), "/disputes/" + dispute.id)));
    }

    private static String day(Instant instant) {
        return DAY.format(WaypointClock.dayOf(instant));
    }
}
