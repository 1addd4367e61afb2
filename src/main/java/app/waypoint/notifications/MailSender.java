package app.waypoint.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one plain-text e-mail with Quarkus Mailer: over SMTP ({@code quarkus.mailer.*}), or into the mock mailbox in tests
 * and the local demo. A failure is thrown. Tests replace this bean to make sending fail.
 */
@ApplicationScoped
class MailSender {

    private final Mailer mailer;

    MailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    void send(NotificationEmail email) {
        mailer.send(Mail.withText(email.to(), email.subject(), email.text()));
    }
}
