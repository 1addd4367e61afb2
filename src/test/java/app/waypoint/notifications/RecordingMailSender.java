package app.waypoint.notifications;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Records e-mails instead of sending them; safe when several threads deliver at once (the mock mailbox is not). */
class RecordingMailSender extends MailSender {

    private final ConcurrentLinkedQueue<NotificationEmail> sent = new ConcurrentLinkedQueue<>();

    RecordingMailSender() {
        super(null);
    }

    @Override
    void send(NotificationEmail email) {
        sent.add(email);
    }

    List<NotificationEmail> sent() {
        return List.copyOf(sent);
    }
}
