package app.waypoint.contacttimetable.domain;

import java.util.Optional;

/**
 * What the timetable's process does next: end (the duty is over), or open the due visit or contact for its holder (the personal
 * adviser, else the social worker; empty offers it to the team's workers), with the task's description.
 */
public record NextContact(boolean dutyContinues, ContactDue due, Optional<String> holder, String description) {

    static NextContact ended() {
        return new NextContact(false, null, Optional.empty(), null);
    }
}
