package app.waypoint.notifications;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");

    /**
     * Inserts a notification unless one for the same event and recipient exists, committed or not (PostgreSQL makes a
     * concurrent insert of the same pair wait for the other transaction, then skip). Unlike a failed insert, a skipped one
     * leaves the caller's transaction intact. Returns whether a row was inserted.
     */
    boolean insertOnce(UUID id, Notice notice, Instant createdAt, EmailStatus emailStatus, Instant emailNextAttemptAt) {
        int inserted = getEntityManager().createNativeQuery("""
                        insert into {h-schema}notification (id, event_key, recipient_username, headline, young_person_ref, link,
                                                            created_at, email_status, email_attempts, email_next_attempt_at)
                        values (:id, :eventKey, :recipient, :headline, :youngPersonRef, :link, :createdAt, :emailStatus, 0,
                                :emailNextAttemptAt)
                        on conflict (event_key, recipient_username) do nothing
                        """)
                .setParameter("id", id)
                .setParameter("eventKey", notice.eventKey())
                .setParameter("recipient", notice.recipientUsername())
                .setParameter("headline", notice.headline())
                .setParameter("youngPersonRef", notice.youngPersonRef())
                .setParameter("link", notice.link())
                .setParameter("createdAt", createdAt)
                .setParameter("emailStatus", emailStatus.name())
                .setParameter("emailNextAttemptAt", emailNextAttemptAt)
                .executeUpdate();
        return inserted == 1;
    }

    /**
     * Locks up to {@code limit} notifications whose e-mail is due at {@code now}, skipping rows another transaction (another
     * replica) holds, and returns their ids. The locks last until the calling transaction ends.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockDueEmails(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        select id from {h-schema}notification
                        where email_status = 'PENDING' and email_next_attempt_at <= :now
                        order by email_next_attempt_at
                        limit :limit
                        for update skip locked
                        """, UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * Marks these e-mails sent at {@code at}, each only while still pending at this attempt (not taken again by another replica
     * after the lease); returns how many were.
     */
    int markSent(List<UUID> ids, int attempt, Instant at) {
        return update("emailStatus = ?1, emailedAt = ?2, emailNextAttemptAt = null, emailLastError = null"
                + " where id in ?3 and emailAttempts = ?4 and emailStatus = ?5", EmailStatus.SENT, at, ids, attempt, EmailStatus.PENDING);
    }

    Optional<Notification> ofRecipient(UUID id, String username) {
        return find("id = ?1 and recipientUsername = ?2", id, username).firstResultOptional();
    }

    PanacheQuery<Notification> inbox(String username, boolean unreadOnly) {
        return unreadOnly
                ? find("recipientUsername = ?1 and readAt is null", NEWEST_FIRST, username)
                : find("recipientUsername", NEWEST_FIRST, username);
    }

    long unreadCount(String username) {
        return count("recipientUsername = ?1 and readAt is null", username);
    }

    Optional<Notification> latestUnread(String username) {
        return inbox(username, true).firstResultOptional();
    }

    int markAllRead(String username, Instant readAt) {
        return update("readAt = ?1 where recipientUsername = ?2 and readAt is null", readAt, username);
    }
}
