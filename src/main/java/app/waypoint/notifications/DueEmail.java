package app.waypoint.notifications;

import java.util.UUID;

/** A notification whose e-mail is due, as delivery takes it: its attempts so far, what to say, and the recipient's address (if any). */
record DueEmail(UUID id, int attempts, String headline, String youngPersonRef, String link, String address) {

    boolean hasAddress() {
        return address != null && !address.isBlank();
    }
}
