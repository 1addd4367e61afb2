package app.waypoint.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.CreateStaffRequest;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.Paging;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox: a notification exists if and only if its event committed, and its e-mail goes out once, retried on failure. */
@QuarkusTest
class NotificationDeliveryTest {

    @Inject
    NotificationService notifications;
    @Inject
    NotificationDelivery delivery;
    @Inject
    NotificationFixtures fixtures;
    @Inject
    PeopleFixtures people;
    @Inject
    StaffService staff;
    @Inject
    YoungPersonService youngPeople;
    @Inject
    MockMailbox mailbox;
    @Inject
    Mailer mailer;
    @Inject
    WaypointClock clock;
    @Inject
    TestClock testClock;

    @AfterEach
    void resetClock() {
        testClock.reset();
    }

    @Test
    void shouldKeepOneInboxEntryAndSendOneEmailWhenTheSameEventIsNotifiedTwice() {
        // given
        TeamFixture team = people.team();
        Notice notice = fixtures.notice(team.manager().username(), "A task is overdue");

        // when the same event is notified twice, in two transactions and twice in one
        fixtures.notifyCommitted(notice);
        fixtures.notifyCommitted(notice);
        QuarkusTransaction.requiringNew().run(() -> {
            notifications.notify(notice);
            notifications.notify(notice);
        });
        delivery.deliverDue();
        delivery.deliverDue();

        // then
        assertThat(fixtures.count(notice)).isEqualTo(1);
        assertThat(notifications.inbox(team.managerCaller(), false, new Paging(0, 10)).total()).isEqualTo(1);
        assertThat(mailbox.getMailsSentTo(team.manager().email())).hasSize(1);
        assertThat(fixtures.stored(notice).emailStatus).isEqualTo(EmailStatus.SENT);
    }

    @Test
    void shouldKeepNothingWhenTheEventsTransactionRollsBack() {
        // given
        TeamFixture team = people.team();
        Notice notice = fixtures.notice(team.manager().username(), "A task is overdue");

        // when
        QuarkusTransaction.begin();
        notifications.notify(notice);
        QuarkusTransaction.rollback();
        delivery.deliverDue();

        // then
        assertThat(fixtures.count(notice)).isZero();
        assertThat(mailbox.getMailsSentTo(team.manager().email())).isEmpty();
    }

    @Test
    void shouldSendNothingBeforeTheEventsTransactionCommits() throws Exception {
        // given an event whose transaction is still open
        TeamFixture team = people.team();
        Notice notice = fixtures.notice(team.manager().username(), "A task is overdue");
        QuarkusTransaction.begin();
        notifications.notify(notice);

        // when delivery runs meanwhile (on another thread, as the scheduler would), then after the commit
        CompletableFuture.supplyAsync(delivery::deliverDue).get(30, TimeUnit.SECONDS);
        List<Mail> sentWhileOpen = List.copyOf(mailbox.getMailsSentTo(team.manager().email()));
        QuarkusTransaction.commit();
        delivery.deliverDue();

        // then
        assertThat(sentWhileOpen).isEmpty();
        assertThat(mailbox.getMailsSentTo(team.manager().email())).hasSize(1);
    }

    @Test
    void shouldRefuseToNotifyOutsideATransaction() {
        TeamFixture team = people.team();
        Notice notice = fixtures.notice(team.manager().username(), "A task is overdue");

        assertThatThrownBy(() -> notifications.notify(notice)).isInstanceOf(TransactionalException.class);
        assertThat(fixtures.count(notice)).isZero();
    }

    @Test
    void shouldRejectARecipientWhoIsNotStaff() {
        Notice notice = fixtures.notice("nobody." + UUID.randomUUID(), "A task is overdue");

        assertThatThrownBy(() -> fixtures.notifyCommitted(notice)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRecordEveryNoticeOfABatchOrNoneWhenOneRecipientIsNotStaff() {
        TeamFixture team = people.team();
        Notice toManager = fixtures.notice(team.manager().username(), "A task is overdue");
        Notice toWorker = fixtures.notice(team.worker().username(), "A task is overdue");
        Notice toNobody = fixtures.notice("nobody." + UUID.randomUUID(), "A task is overdue");
        Notice toIro = fixtures.notice(team.iro().username(), "A task is overdue");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> notifications.notifyAll(List.of(toIro, toNobody))))
                .isInstanceOf(IllegalArgumentException.class);
        QuarkusTransaction.requiringNew().run(() -> notifications.notifyAll(List.of(toManager, toWorker)));

        assertThat(fixtures.count(toIro)).isZero();
        assertThat(fixtures.count(toManager)).isEqualTo(1);
        assertThat(fixtures.count(toWorker)).isEqualTo(1);
        assertThat(notifications.inbox(team.workerCaller(), false, new Paging(0, 10)).items()).extracting(NotificationResponse::headline)
                .containsExactly("A task is overdue");
    }

    @Test
    void shouldRetryWithBackoffAndSendOnceWhenTheFirstAttemptFails() {
        // given an SMTP server that fails once
        QuarkusMock.installMockForType(new FlakyMailSender(mailer, 1), MailSender.class);
        TeamFixture team = people.team();
        Notice notice = fixtures.notice(team.manager().username(), "A task is overdue");
        fixtures.notifyCommitted(notice);

        // when the first attempt fails
        delivery.deliverDue();

        // then the next attempt is a minute later, and nothing is retried before then
        Notification afterFailure = fixtures.stored(notice);
        assertThat(afterFailure.emailStatus).isEqualTo(EmailStatus.PENDING);
        assertThat(afterFailure.emailAttempts).isEqualTo(1);
        assertThat(afterFailure.emailLastError).isEqualTo("IllegalStateException");
        assertThat(Duration.between(clock.now(), afterFailure.emailNextAttemptAt))
                .isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1));
        clock.shift(Duration.ofSeconds(30));
        delivery.deliverDue();
        assertThat(fixtures.stored(notice).emailAttempts).isEqualTo(1);
        assertThat(mailbox.getMailsSentTo(team.manager().email())).isEmpty();

        // when time passes the next attempt
        clock.shift(Duration.ofSeconds(31));
        delivery.deliverDue();
        delivery.deliverDue();

        // then it is sent, once
        Notification sent = fixtures.stored(notice);
        assertThat(sent.emailStatus).isEqualTo(EmailStatus.SENT);
        assertThat(sent.emailAttempts).isEqualTo(2);
        assertThat(sent.emailedAt).isNotNull();
        assertThat(mailbox.getMailsSentTo(team.manager().email())).hasSize(1);
    }

    @Test
    void shouldGiveUpAfterEightAttemptsWhenEverySendFails() {
        // given
        QuarkusMock.installMockForType(FlakyMailSender.alwaysFailing(mailer), MailSender.class);
        TeamFixture team = people.team();
        Notice notice = fixtures.notice(team.manager().username(), "A task is overdue");
        fixtures.notifyCommitted(notice);

        // when each attempt fails, and time passes each wait (1, 2, 4 ... minutes, at most an hour)
        for (int attempt = 1; attempt <= 8; attempt++) {
            delivery.deliverDue();
            clock.shift(Duration.ofMinutes(61));
        }
        delivery.deliverDue();

        // then
        Notification failed = fixtures.stored(notice);
        assertThat(failed.emailStatus).isEqualTo(EmailStatus.FAILED);
        assertThat(failed.emailAttempts).isEqualTo(8);
        assertThat(failed.emailNextAttemptAt).isNull();
        assertThat(mailbox.getMailsSentTo(team.manager().email())).isEmpty();
    }

    @Test
    void shouldPutLinkAndLocalIdButNotTheNameInTheEmail() {
        // given a young person, and a notice that names them by local id
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID youngPersonId = people.youngPerson(team, today.minusYears(16), today.minusYears(3), false);
        YoungPersonFacts youngPerson = youngPeople.facts(youngPersonId);
        Notice notice = new Notice("test:" + UUID.randomUUID(), team.iro().username(), "Pathway plan is overdue",
                youngPerson.localId(), "/young-people/" + youngPersonId);

        // when
        fixtures.notifyCommitted(notice);
        delivery.deliverDue();

        // then
        List<Mail> mails = mailbox.getMailsSentTo(team.iro().email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Waypoint: Pathway plan is overdue");
        assertThat(mails.get(0).getText())
                .contains("Pathway plan is overdue")
                .contains(youngPerson.localId())
                .contains("http://localhost:8080/young-people/" + youngPersonId)
                .doesNotContain(youngPerson.name())
                .doesNotContain(youngPerson.name().split(" ")[1]);
    }

    @Test
    void shouldKeepTheInboxEntryButSendNothingWhenTheRecipientHasNoAddress() {
        // given
        TeamFixture team = people.team();
        String username = "noaddress." + System.nanoTime();
        staff.createStaff(new CreateStaffRequest(username, "No Address", null, StaffRole.WORKER, team.id(), false));
        Notice notice = fixtures.notice(username, "A task is overdue");

        // when
        fixtures.notifyCommitted(notice);
        delivery.deliverDue();

        // then
        Notification stored = fixtures.stored(notice);
        assertThat(stored.emailStatus).isEqualTo(EmailStatus.NONE);
        assertThat(stored.emailAttempts).isZero();
    }

    @Test
    void shouldSendEachEmailOnceWhenTwoDeliveriesRunAtOnce() throws Exception {
        // given many due e-mails, and a sender that records what it is given
        RecordingMailSender recorder = new RecordingMailSender();
        QuarkusMock.installMockForType(recorder, MailSender.class);
        TeamFixture team = people.team();
        List<Notice> notices = IntStream.range(0, 30).mapToObj(i -> fixtures.notice(team.worker().username(), "Task " + i)).toList();
        QuarkusTransaction.requiringNew().run(() -> notices.forEach(notifications::notify));

        // when two deliveries run at the same time, as two replicas would
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(delivery::deliverDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(delivery::deliverDue);
        int sent = first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS);

        // then every e-mail went out exactly once
        List<String> subjects = recorder.sent().stream()
                .filter(email -> email.to().equals(team.worker().email()))
                .map(NotificationEmail::subject)
                .toList();
        assertThat(subjects).hasSize(30).doesNotHaveDuplicates();
        assertThat(sent).isGreaterThanOrEqualTo(30);
        assertThat(notices).allSatisfy(notice -> assertThat(fixtures.stored(notice).emailStatus).isEqualTo(EmailStatus.SENT));
    }
}
