package app.waypoint.youngpersonview.domain.senders;

/**
 * Sends a young person their one-time sign-in codes and the notices about their page. One implementation per channel, each a bean with an
 * {@code @Identifier} that {@code waypoint.young-person-view.sender} names: {@code mail} (MailMessenger), {@code log}
 * (LoggingMessenger, tests and the local demo) and {@code sms} (NotifySmsMessenger, GOV.UK Notify). The message holds the
 * code and nothing about the young person; a notice holds a short line and a link to their page, nothing more.
 */
public interface YoungPersonMessenger {

    /** Whether this sender can send to this kind of contact (an invitation to a contact no sender reaches is refused). */
    boolean reaches(ContactKind kind);

    /**
     * Sends {@code code} to {@code contact}.
     *
     * @param kind    whether {@code contact} is an e-mail address or a mobile number
     * @param contact where to send it
     * @param code    the code, in clear (it is never stored so)
     */
    void send(ContactKind kind, String contact, String code);

    /**
     * Sends a short notice to {@code contact}: that something changed on their page (a review booked, their plan signed off, a
     * new personal adviser), with the link to it. The message carries no personal detail.
     *
     * @param kind    whether {@code contact} is an e-mail address or a mobile number
     * @param contact where to send it
     * @param message the whole text to send, link included
     */
    void sendNotice(ContactKind kind, String contact, String message);
}
