package app.waypoint.people.allocations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who answers for a young person's work, by username: the team's managers, the senior managers above the team, and the
 * young person's IRO. {@code youngPersonRef} is the local id: the only identifier that may leave the service in a
 * notification. {@code lookedAfter} is whether they are looked after today (their plan is reviewed by the IRO). For work
 * about a member of staff rather than a young person, {@code youngPersonId} and {@code youngPersonRef} are null.
 */
public record Responsibles(UUID youngPersonId, String youngPersonRef, boolean lookedAfter, List<String> teamManagers,
                           Optional<String> serviceManager, Optional<String> headOfService, Optional<String> director,
                           Optional<String> iro) {
}
