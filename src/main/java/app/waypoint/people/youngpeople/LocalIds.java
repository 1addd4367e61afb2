package app.waypoint.people.youngpeople;

/**
 * A young person's local id: the council's case-management number, e.g. {@code NW-1001}. It names the young person in
 * e-mails and notifications instead of their name, so it has no spaces (notifications.Notice refuses one that has).
 */
public final class LocalIds {

    /** No whitespace at all. */
    public static final String PATTERN = "\\S+";
    public static final String MESSAGE = "must have no spaces";

    private LocalIds() {
    }
}
