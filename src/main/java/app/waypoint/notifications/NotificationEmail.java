package app.waypoint.notifications;

/**
 * The e-mail for one notification: the headline, the young person's reference and an absolute link, and nothing more
 * (no names, no record content: the reader signs in to see the rest).
 */
record NotificationEmail(String to, String subject, String text) {

    static NotificationEmail of(String to, String headline, String youngPersonRef, String link, String publicUrl) {
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        if (youngPersonRef != null) {
            text.append("Young person: ").append(youngPersonRef).append('\n');
        }
        text.append("Open in Waypoint: ").append(publicUrl.replaceAll("/+$", "")).append(link).append("\n\n")
                .append("This e-mail holds no personal details on purpose: sign in to Waypoint to see more.\n");
        return new NotificationEmail(to, "Waypoint: " + headline, text.toString());
    }
}
