package app.waypoint.notifications;

import io.quarkus.mailer.Mailer;
import java.util.concurrent.atomic.AtomicInteger;

/** Fails the first {@code failures} sends as an unreachable SMTP server would, then sends through the real (mock) mailer. */
class FlakyMailSender extends MailSender {

    private final AtomicInteger failuresLeft;

    FlakyMailSender(Mailer mailer, int failures) {
        super(mailer);
        this.failuresLeft = new AtomicInteger(failures);
    }

    static FlakyMailSender alwaysFailing(Mailer mailer) {
        return new FlakyMailSender(mailer, Integer.MAX_VALUE);
    }

    @Override
    void send(NotificationEmail email) {
        if (failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new IllegalStateException("SMTP server unreachable (test)");
        }
        super.send(email);
    }
}
