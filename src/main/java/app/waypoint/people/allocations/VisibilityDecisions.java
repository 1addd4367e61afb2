package app.waypoint.people.allocations;

import app.waypoint.people.staff.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The young people a request has already been let through to, by caller, with their team: a page asks each of its sections'
 * services, and each service checks again (the young person's page made about 25 checks of one young person, two statements
 * each). Only a yes is kept, for one request: a no is a 404 that ends it, and the next request asks the database again.
 * Likewise the teams a manager manages, read once per request however many of its checks and queries need them.
 */
@RequestScoped
class VisibilityDecisions {

    private final Map<Key, UUID> teams = new HashMap<>();
    private final Map<Caller, Set<UUID>> managedTeams = new HashMap<>();

    /** The young person's team, if this caller was already let through to them in this request. */
    Optional<UUID> teamOfVisible(UUID youngPersonId, Caller caller) {
        return Optional.ofNullable(teams.get(new Key(youngPersonId, caller)));
    }

    void visible(UUID youngPersonId, UUID teamId, Caller caller) {
        teams.put(new Key(youngPersonId, caller), teamId);
    }

    Set<UUID> managedTeams(Caller caller, Supplier<Set<UUID>> read) {
        return managedTeams.computeIfAbsent(caller, unread -> read.get());
    }

    private record Key(UUID youngPersonId, Caller caller) {
    }
}
