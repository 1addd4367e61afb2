package app.waypoint.youngpersonview.domain.access;

/** What a notice to a young person is about, and the one short line it says (no personal detail). */
public enum NoticeAbout {
    REVIEW_BOOKED("Your review has a date now."),
    PLAN_SIGNED_OFF("Your plan has been agreed."),
    NEW_ADVISER("You have a new personal adviser (PA).");

    private final String line;

    NoticeAbout(String line) {
        this.line = line;
    }

    /** The whole message: the line, and the link to their page. */
    String message(String publicUrl) {
        return line + " See it on your Waypoint: " + publicUrl.replaceAll("/+$", "") + "/me";
    }
}
