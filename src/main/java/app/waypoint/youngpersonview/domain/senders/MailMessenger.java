package app.waypoint.youngpersonview.domain.senders;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends the code by e-mail through Quarkus Mailer (SMTP settings as for notifications, see README). */
@ApplicationScoped
@Identifier("mail")
class MailMessenger implements YoungPersonMessenger {

    private final Mailer mailer;

    MailMessenger(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public boolean reaches(ContactKind kind) {
        return kind == ContactKind.EMAIL;
    }

    @Override
    public void send(ContactKind kind, String contact, String code) {
        mailer.send(Mail.withText(contact, "Your Waypoint code",
                "Your code to sign in to Waypoint is " + code + ".\n\nIt works once, for a few minutes. "
                        + "If you did not ask for it, you can ignore this e-mail."));
    }

    @Override
    public void sendNotice(ContactKind kind, String contact, String message) {
        mailer.send(Mail.withText(contact, "News on your Waypoint", message));
    }
}
