package app.waypoint.notifications;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Notifications to staff: written in the transaction of the event that causes them (an outbox), read in the recipient's
 * inbox, and e-mailed after commit by {@link NotificationDelivery}. Other features call {@link #notify(Notice)} only.
 */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final StaffService staff;
    private final WaypointClock clock;

    NotificationService(NotificationRepository notifications, StaffService staff, WaypointClock clock) {
        this.notifications = notifications;
        this.staff = staff;
        this.clock = clock;
    }

    /**
     * Records a notice for its recipient, in the caller's transaction (which must exist): it is kept if and only if that
     * transaction commits, and its e-mail is sent only after that. A second notice with the same event key for the same
     * recipient is ignored.
     *
     * @throws IllegalArgumentException if the recipient is not a member of staff (a bug in the caller)
     * @throws jakarta.transaction.TransactionalException if called outside a transaction
     */
    @Transactional(TxType.MANDATORY)
    public void notify(Notice notice) {
        notifyAll(List.of(notice));
    }

    /**
     * Records several notices as {@link #notify} does, their recipients read in one query (an escalation tells three or four
     * people); none is recorded if any recipient is not a member of staff.
     */
    @Transactional(TxType.MANDATORY)
    public void notifyAll(List<Notice> notices) {
        Map<String, StaffResponse> recipients = staff.byUsernames(notices.stream().map(Notice::recipientUsername).collect(Collectors.toSet()));
        if (recipients.size() < notices.stream().map(Notice::recipientUsername).distinct().count()) {
            throw new IllegalArgumentException("No member of staff has the recipient username of a notice");
        }
        Instant now = now();
        List<NewNotification> rows = notices.stream().map(notice -> {
            StaffResponse recipient = recipients.get(notice.recipientUsername());
            boolean hasAddress = recipient.email() != null && !recipient.email().isBlank();
            return new NewNotification(UUID.randomUUID(), notice, now, hasAddress ? EmailStatus.PENDING : EmailStatus.NONE, hasAddress ? now : null);
        }).toList();
        List<Boolean> inserted = notifications.insertOnce(rows);
        for (int i = 0; i < rows.size(); i++) {
            if (inserted.get(i)) {
                Log.debugf("Notification %s recorded for event %s", rows.get(i).id(), rows.get(i).notice().eventKey());
            } else {
                Log.debugf("Notification for event %s already recorded for this recipient; skipped", rows.get(i).notice().eventKey());
            }
        }
    }

    /** The caller's inbox, newest first; only unread ones when {@code unreadOnly}. */
    @Transactional
    public Page<NotificationResponse> inbox(Caller caller, boolean unreadOnly, Paging paging) {
        PanacheQuery<Notification> query = notifications.inbox(caller.username(), unreadOnly);
        return new Page<>(query.page(paging.page(), paging.size()).stream().map(NotificationService::toResponse).toList(),
                query.count(), paging.page(), paging.size());
    }

    @Transactional
    public UnreadCount unreadCount(Caller caller) {
        return new UnreadCount(notifications.unreadCount(caller.username()));
    }

    /** Marks one of the caller's notifications read (it stays read at the first time); someone else's answers 404. */
    @Transactional
    public NotificationResponse markRead(UUID id, Caller caller) {
        Notification notification = notifications.ofRecipient(id, caller.username())
                .orElseThrow(() -> new NotFoundException("notification", id.toString()));
        if (!notification.isRead()) {
            notification.readAt = now();
        }
        return toResponse(notification);
    }

    /** Marks all the caller's unread notifications read. */
    @Transactional
    public void markAllRead(Caller caller) {
        int marked = notifications.markAllRead(caller.username(), now());
        Log.debugf("Marked %d notification(s) read for staff %s", marked, caller.staffId());
    }

    /** The unread count and newest unread notification of a member of staff, for the live stream. */
    @Transactional
    public InboxState inboxState(String username) {
        long unread = notifications.unreadCount(username);
        NotificationResponse latest = unread == 0 ? null : notifications.latestUnread(username).map(NotificationService::toResponse).orElse(null);
        return new InboxState(unread, latest);
    }

    /** Now, to the microsecond the database keeps, so that an answer shows the time as it is stored. */
    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MICROS);
    }

    static NotificationResponse toResponse(Notification notification) {
        return new NotificationResponse(notification.id, notification.headline, notification.youngPersonRef, notification.link,
                notification.createdAt, notification.readAt, notification.isRead());
    }
}
