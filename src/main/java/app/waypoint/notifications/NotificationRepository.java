package app.waypoint.notifications;

import app.waypoint.shared.PlainSql.SqlArray;
import app.waypoint.shared.PlainSql;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("createdAt", "id");
    private static final String INSERT_ONCE = "insert into waypoint.notification (id, event_key, recipient_username, headline, young_person_ref,"
            + " link, created_at, email_status, email_attempts, email_next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)"
            + " on conflict (event_key, recipient_username) do nothing";
    /** E-mail delivery's statements, plain SQL: a batch of 50 was 50 updates of entities and a query each way (README "Performance"). */
    private static final String LOCK_DUE = "select n.id, n.email_attempts, n.headline, n.young_person_ref, n.link, s.email"
            + " from waypoint.notification n left join waypoint.staff s on s.username = n.recipient_username"
            + " where n.email_status = 'PENDING' and n.email_next_attempt_at <= ? order by n.email_next_attempt_at limit ? for update of n skip locked";
    private static final String RESERVE = "update waypoint.notification set email_attempts = email_attempts + 1, email_next_attempt_at = ?"
            + " where id = any(?)";
    private static final String NO_ADDRESS = "update waypoint.notification set email_status = 'NONE', email_next_attempt_at = null where id = any(?)";
    /**
     * The status is a parameter: written as a constant, it matches the predicate of the partial index of due e-mails, and
     * PostgreSQL's generic plan for the statement then read every pending e-mail (17,000 in a burst, 16 ms) instead of 50 rows
     * by their primary key.
     */
    private static final String MARK_SENT = "update waypoint.notification set email_status = 'SENT', emailed_at = ?, email_next_attempt_at = null,"
            + " email_last_error = null where id = any(?) and email_attempts = ? and email_status = ?";

    private final PlainSql sql;

    NotificationRepository(PlainSql sql) {
        this.sql = sql;
    }

    /**
     * Inserts each notification unless one for the same event and recipient exists, committed or not (PostgreSQL makes a
     * concurrent insert of the same pair wait for the other transaction, then skip). Unlike a failed insert, a skipped one
     * leaves the caller's transaction intact. One round trip for all of them, in plain SQL (an escalation burst inserts tens of
     * thousands; as Hibernate native queries each one flushed the session first, README "Performance"). Returns, for each,
     * whether it was inserted.
     */
    List<Boolean> insertOnce(List<NewNotification> rows) {
        int[] inserted = sql.batch(INSERT_ONCE, rows.stream().map(row -> new Object[] {row.id(), row.notice().eventKey(),
                row.notice().recipientUsername(), row.notice().headline(), row.notice().youngPersonRef(), row.notice().link(), row.createdAt(),
                row.emailStatus(), row.emailNextAttemptAt()}).toList());
        return Arrays.stream(inserted).mapToObj(count -> count == 1).toList();
    }

    /**
     * Locks up to {@code limit} notifications whose e-mail is due at {@code now}, skipping rows another transaction (another
     * replica) holds, and returns them with their recipient's address. The locks last until the calling transaction ends.
     */
    List<DueEmail> lockDueEmails(Instant now, int limit) {
        return sql.list(LOCK_DUE, row -> new DueEmail(row.getObject(1, UUID.class), row.getInt(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6)), now, limit);
    }

    /** Counts an attempt for each of these e-mails and reserves it until {@code until}. */
    void reserve(List<UUID> ids, Instant until) {
        sql.update(RESERVE, until, new SqlArray("uuid", ids));
    }

    /** These e-mails will never be sent: their recipients have no address. */
    void noAddress(List<UUID> ids) {
        sql.update(NO_ADDRESS, new SqlArray("uuid", ids));
    }

    /**
     * Marks these e-mails sent at {@code at}, each only while still pending at this attempt (not taken again by another replica
     * after the lease); returns how many were.
     */
    int markSent(List<UUID> ids, int attempt, Instant at) {
        return sql.update(MARK_SENT, at, new SqlArray("uuid", ids), attempt, EmailStatus.PENDING);
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
