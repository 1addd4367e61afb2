package app.waypoint.notifications;

import app.waypoint.calendar.WaypointClock;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the e-mails of committed notifications (the outbox), on every replica every few seconds. Each e-mail is taken by
 * one replica only ({@code FOR UPDATE SKIP LOCKED}, then reserved for a lease), sent outside any transaction, and its
 * outcome recorded: sent, or retried later with a growing delay until the last attempt fails. A batch is taken with its
 * recipients' addresses in one statement, reserved in one more, and its sent e-mails recorded together once the batch is sent
 * (an escalation burst sends tens of thousands: README "Performance"); a replica that dies mid-batch leaves them reserved, and
 * another sends them again after the lease.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final int MAX_BATCHES_PER_RUN = 100;
    private static final int MAX_ERROR_LENGTH = 200;

    private final NotificationRepository notifications;
    private final MailSender mail;
    private final WaypointClock clock;
    private final NotificationsConfig config;
    private final RetrySchedule retries;
    private final String publicUrl;

    NotificationDelivery(NotificationRepository notifications, MailSender mail, WaypointClock clock,
                         NotificationsConfig config,
                         @ConfigProperty(name = "waypoint.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
        this.config = config;
        this.retries = RetrySchedule.of(config);
        this.publicUrl = publicUrl;
    }

    @Scheduled(identity = "notification-delivery", every = "${waypoint.notifications.delivery-interval:5s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void deliverOnSchedule() {
        deliverDue();
    }

    /**
     * Sends every e-mail due now and records each outcome; returns how many were sent. Must be called outside a
     * transaction: a batch is taken in a short transaction, sent, and each outcome recorded in a transaction of its own.
     */
    @Transactional(TxType.NEVER)
    public int deliverDue() {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Batch taken = QuarkusTransaction.requiringNew().call(this::takeDue);
            List<Outgoing> delivered = taken.emails().stream().filter(this::send).toList();
            if (!delivered.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> recordSent(delivered));
            }
            sent += delivered.size();
            if (taken.locked() < config.batchSize()) {
                break;
            }
        }
        return sent;
    }

    /** Locks due e-mails, counts an attempt for each and reserves it for the lease; rows whose recipient has no address become NONE. */
    private Batch takeDue() {
        Instant now = clock.now();
        List<DueEmail> due = notifications.lockDueEmails(now, config.batchSize());
        List<UUID> unaddressed = due.stream().filter(email -> !email.hasAddress()).map(DueEmail::id).toList();
        if (!unaddressed.isEmpty()) {
            notifications.noAddress(unaddressed);
        }
        List<Outgoing> emails = due.stream().filter(DueEmail::hasAddress).map(email -> new Outgoing(email.id(), email.attempts() + 1,
                NotificationEmail.of(email.address(), email.headline(), email.youngPersonRef(), email.link(), publicUrl))).toList();
        if (!emails.isEmpty()) {
            notifications.reserve(emails.stream().map(Outgoing::id).toList(), now.plus(config.claimLease()));
        }
        return new Batch(due.size(), emails);
    }

    /** Sends one e-mail; a failure is recorded at once (with its retry), a success with the rest of its batch. */
    private boolean send(Outgoing outgoing) {
        try {
            mail.send(outgoing.email());
            return true;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> recordFailure(outgoing, e));
            return false;
        }
    }

    /** Records a batch's sent e-mails, each only if still ours (the same attempt, not taken again after our lease ran out). */
    private void recordSent(List<Outgoing> delivered) {
        Instant now = clock.now();
        Map<Integer, List<UUID>> byAttempt = delivered.stream()
                .collect(Collectors.groupingBy(Outgoing::attempt, Collectors.mapping(Outgoing::id, Collectors.toList())));
        int recorded = byAttempt.entrySet().stream().mapToInt(attempt -> notifications.markSent(attempt.getValue(), attempt.getKey(), now)).sum();
        if (recorded < delivered.size()) {
            Log.warnf("%d of %d e-mails sent were taken again before their outcome was recorded", delivered.size() - recorded, delivered.size());
        }
    }

    private void recordFailure(Outgoing outgoing, RuntimeException failure) {
        stillOurs(outgoing).ifPresent(notification -> {
            notification.emailLastError = describe(failure);
            Optional<Instant> next = retries.nextAttempt(notification.emailAttempts, clock.now());
            if (next.isPresent()) {
                notification.emailNextAttemptAt = next.get();
                Log.warnf("E-mail of notification %s failed (attempt %d of %d, %s); next attempt at %s", notification.id,
                        notification.emailAttempts, config.maxAttempts(), notification.emailLastError, next.get());
            } else {
                notification.emailStatus = EmailStatus.FAILED;
                notification.emailNextAttemptAt = null;
                Log.errorf("E-mail of notification %s failed %d times (%s); given up", notification.id, notification.emailAttempts,
                        notification.emailLastError);
            }
        });
    }

    /** The notification, unless another replica took it again after our lease ran out (then its outcome is theirs to record). */
    private Optional<Notification> stillOurs(Outgoing outgoing) {
        Optional<Notification> found = notifications.findByIdOptional(outgoing.id())
                .filter(notification -> notification.emailStatus == EmailStatus.PENDING && notification.emailAttempts == outgoing.attempt());
        if (found.isEmpty()) {
            Log.warnf("E-mail of notification %s was taken again before its outcome was recorded", outgoing.id());
        }
        return found;
    }

    /** The kinds of failure only: exception messages may hold addresses. */
    private static String describe(Throwable failure) {
        StringBuilder kinds = new StringBuilder(failure.getClass().getSimpleName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            kinds.append(" < ").append(cause.getClass().getSimpleName());
        }
        return kinds.length() > MAX_ERROR_LENGTH ? kinds.substring(0, MAX_ERROR_LENGTH) : kinds.toString();
    }

    private record Batch(int locked, List<Outgoing> emails) {
    }

    private record Outgoing(UUID id, int attempt, NotificationEmail email) {
    }
}
