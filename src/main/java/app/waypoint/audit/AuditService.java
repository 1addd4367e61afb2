package app.waypoint.audit;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit trail of young people's records: every young person a staff request reaches leaves one entry (who, when, what, why)
 * in the same transaction as the request's work. Features tell it whom a request reached ({@link #reached}); it records nothing
 * outside an HTTP request (engine jobs, the scheduler, start-up). Administrators read it by young person or by member of staff.
 */
@ApplicationScoped
public class AuditService {

    private static final Object PENDING = new Object();

    private final AuditTrail trail;
    private final AuditWriter writer;
    private final AuditEntryRepository entries;
    private final TransactionSynchronizationRegistry transactions;
    private final WaypointClock clock;

    AuditService(AuditTrail trail, AuditWriter writer, AuditEntryRepository entries, TransactionSynchronizationRegistry transactions,
                 WaypointClock clock) {
        this.trail = trail;
        this.writer = writer;
        this.entries = entries;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The member of staff making the current request, once resolved from their token or session. */
    public void identify(UUID staffId, String username) {
        if (Arc.container().requestContext().isActive()) {
            trail.identify(staffId, username);
        }
    }

    /**
     * The young person themselves makes the current request, signed in to their own pages: what it reaches is recorded as
     * theirs, with no member of staff.
     */
    public void identifyYoungPerson() {
        if (Arc.container().requestContext().isActive()) {
            trail.identifyYoungPerson();
        }
    }

    /** The current request reached this young person's record (read it, showed them in a list, or changed it). */
    public void reached(UUID youngPersonId) {
        reached(List.of(youngPersonId));
    }

    /** The current request reached each of these young people's records (e.g. the rows of a list it answers). */
    public void reached(Collection<UUID> youngPeople) {
        if (youngPeople.isEmpty() || !Arc.container().requestContext().isActive()) {
            return;
        }
        Optional<AuditedRequest> request = trail.request();
        if (request.isEmpty()) {
            return;
        }
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // a transaction already bound to roll back: its work, and so its entries, will not happen
        }
        List<UUID> fresh = trail.claim(youngPeople);
        if (fresh.isEmpty()) {
            return;
        }
        if (inTransaction) {
            PendingEntries pending = (PendingEntries) transactions.getResource(PENDING);
            if (pending == null) {
                pending = new PendingEntries(request.get(), trail, writer, clock::now);
                transactions.putResource(PENDING, pending);
                transactions.registerInterposedSynchronization(pending);
            }
            pending.add(fresh);
        } else {
            // reached outside any transaction (a page checking visibility before it calls services): written at once
            QuarkusTransaction.requiringNew().run(() -> writer.insert(request.get(), fresh, clock.now()));
        }
    }

    /** Who reached this young person's record, newest first (for a subject access request). */
    @Transactional
    public Page<AuditEntryResponse> aboutYoungPerson(UUID youngPersonId, LocalDate from, LocalDate to, Paging paging) {
        return page("youngPersonId = :subject", youngPersonId, from, to, paging);
    }

    /** Whose records this member of staff reached, newest first. */
    @Transactional
    public Page<AuditEntryResponse> byStaff(UUID staffId, LocalDate from, LocalDate to, Paging paging) {
        return page("staffId = :subject", staffId, from, to, paging);
    }

    private Page<AuditEntryResponse> page(String condition, UUID subject, LocalDate from, LocalDate to, Paging paging) {
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        Instant start = from == null ? Instant.EPOCH : WaypointClock.startOf(from);
        Instant end = to == null ? Instant.parse("9999-12-31T00:00:00Z") : WaypointClock.startOf(to.plusDays(1));
        PanacheQuery<AuditEntry> query = entries.find(condition + " and at >= :start and at < :end", Sort.descending("at", "id"),
                Parameters.with("subject", subject).and("start", start).and("end", end));
        List<AuditEntryResponse> items = query.page(paging.page(), paging.size()).list().stream().map(AuditEntry::toResponse).toList();
        return new Page<>(items, query.count(), paging.page(), paging.size());
    }
}
