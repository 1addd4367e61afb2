package app.waypoint.youngpersonview.domain.senders;

/** Where a young person's sign-in codes go. */
public enum ContactKind {
    EMAIL,
    MOBILE;

    /** An e-mail address has an @; anything else is taken as a mobile number. */
    public static ContactKind of(String contact) {
        return contact.contains("@") ? EMAIL : MOBILE;
    }

    /** The contact as stored and matched: an e-mail address in lower case, a mobile number as its digits (07… kept). */
    public static String normalise(String contact) {
        String trimmed = contact.strip();
        if (of(trimmed) == EMAIL) {
            return trimmed.toLowerCase(java.util.Locale.ROOT);
        }
        String digits = trimmed.replaceAll("[^0-9]", "");
        return digits.startsWith("44") ? "0" + digits.substring(2) : digits;
    }
}
