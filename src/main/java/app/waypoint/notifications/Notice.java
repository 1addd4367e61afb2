package app.waypoint.notifications;

import java.util.regex.Pattern;

/**
 * What a feature asks {@link NotificationService#notify} to tell one member of staff. It carries no more personal data
 * than needed: the young person appears only as their local id or initials, never by name or with record content.
 *
 * @param eventKey          identifies the event that causes the notice, e.g. {@code escalation:<id>:overdue}; one notice per
 *                          event key and recipient is kept, later ones are ignored (at most 200 characters)
 * @param recipientUsername the username of a member of staff
 * @param headline          one line saying what happened, without names (at most 200 characters); also the e-mail subject
 * @param youngPersonRef    the young person's local id or initials (no spaces, at most 40 characters), or null when the
 *                          notice is about no young person
 * @param link              the path in Waypoint to open, starting with {@code /} (at most 500 characters); e-mails make it
 *                          absolute with {@code waypoint.public-url}
 */
public record Notice(String eventKey, String recipientUsername, String headline, String youngPersonRef, String link) {

    static final int MAX_EVENT_KEY = 200;
    static final int MAX_HEADLINE = 200;
    static final int MAX_YOUNG_PERSON_REF = 40;
    static final int MAX_LINK = 500;
    private static final Pattern NO_WHITESPACE = Pattern.compile("\\S+");

    public Notice {
        require(eventKey, "eventKey", MAX_EVENT_KEY);
        require(recipientUsername, "recipientUsername", 80);
        require(headline, "headline", MAX_HEADLINE);
        require(link, "link", MAX_LINK);
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("link must be a path in Waypoint starting with /");
        }
        if (youngPersonRef != null && (youngPersonRef.length() > MAX_YOUNG_PERSON_REF || !NO_WHITESPACE.matcher(youngPersonRef).matches())) {
            throw new IllegalArgumentException("youngPersonRef must be a local id or initials: no spaces, at most "
                    + MAX_YOUNG_PERSON_REF + " characters");
        }
    }

    private static void require(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters");
        }
    }
}
