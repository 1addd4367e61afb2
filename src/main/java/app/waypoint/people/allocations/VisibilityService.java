package app.waypoint.people.allocations;

import app.waypoint.audit.AuditService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.TeamRepository;
import app.waypoint.people.youngpeople.YoungPerson;
import app.waypoint.people.youngpeople.YoungPersonRepository;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see which young person: a worker through a current allocation (social worker or personal adviser), a manager
 * through the teams they manage (a team manager their team; a service manager, head of service or director the teams they
 * are above), an IRO through their IRO allocation, an administrator everyone. Hidden and unknown look the same.
 * Every young person a request is let through to is reported to the audit trail (one entry per young person per request).
 */
@ApplicationScoped
public class VisibilityService {

    public static final List<AllocationKind> WORKER_KINDS = List.of(AllocationKind.SOCIAL_WORKER, AllocationKind.PERSONAL_ADVISER);
    public static final List<AllocationKind> IRO_KINDS = List.of(AllocationKind.IRO);

    private final YoungPersonRepository youngPeople;
    private final AllocationRepository allocations;
    private final TeamRepository teams;
    private final AuditService audit;

    VisibilityService(YoungPersonRepository youngPeople, AllocationRepository allocations, TeamRepository teams, AuditService audit) {
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.teams = teams;
        this.audit = audit;
    }

    /** The young person if the caller may see them; otherwise 404. */
    public YoungPerson visible(UUID youngPersonId, Caller caller) {
        return youngPeople.findByIdOptional(youngPersonId)
                .filter(person -> canSee(caller, person))
                .orElseThrow(() -> new NotFoundException("young person", youngPersonId.toString()));
    }

    /** Fails with 404 unless the caller may see the young person. */
    public void requireVisible(UUID youngPersonId, Caller caller) {
        visible(youngPersonId, caller);
    }

    /**
     * Fails with 404 unless the caller may see the young person, and with 403 unless they may also act on their record:
     * service managers, heads of service and directors read the records of the teams they are above, the team acts on them.
     */
    public void requireCanAct(UUID youngPersonId, Caller caller) {
        if (!actsFor(visible(youngPersonId, caller), caller)) {
            throw new ForbiddenException("You see this young person's record as a senior manager; their team acts on it.");
        }
    }

    /** Whether the caller may see the young person and act on their record (see {@link #requireCanAct}). */
    public boolean canAct(UUID youngPersonId, Caller caller) {
        return youngPeople.findByIdOptional(youngPersonId).filter(person -> canSee(caller, person) && actsFor(person, caller)).isPresent();
    }

    public boolean canSee(UUID youngPersonId, Caller caller) {
        return youngPeople.findByIdOptional(youngPersonId).filter(person -> canSee(caller, person)).isPresent();
    }

    /**
     * The young people the caller may see, for a list's query to join (never loaded: a manager above several teams sees
     * thousands); empty when they may see everyone (administrators).
     */
    public Optional<VisibleYoungPeople> visibleYoungPeopleQuery(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> Optional.empty();
            case MANAGER -> Optional.of(VisibleYoungPeople.ofTeams(managedTeams(caller)));
            case WORKER -> Optional.of(VisibleYoungPeople.allocatedTo(caller.staffId(), WORKER_KINDS));
            case IRO -> Optional.of(VisibleYoungPeople.allocatedTo(caller.staffId(), IRO_KINDS));
        };
    }

    /** The ids of every young person the caller may see; empty when they may see everyone (administrators). */
    public Optional<Set<UUID>> visibleYoungPeople(Caller caller) {
        return switch (caller.role()) {
            case ADMIN -> Optional.empty();
            case MANAGER -> Optional.of(Set.copyOf(youngPeople.inTeams(managedTeams(caller)).project(IdOnly.class).list()
                    .stream().map(IdOnly::id).toList()));
            case WORKER -> Optional.of(Set.copyOf(allocations.youngPeopleOf(caller.staffId(), WORKER_KINDS)));
            case IRO -> Optional.of(Set.copyOf(allocations.youngPeopleOf(caller.staffId(), IRO_KINDS)));
        };
    }

    /**
     * The teams whose young people, staff's tasks and escalations a manager sees: their own team, and every team they are
     * named above (service manager, head of service, director). Empty for everyone else.
     */
    public Set<UUID> managedTeams(Caller caller) {
        return caller.is(StaffRole.MANAGER) ? teams.managedBy(caller.staffId(), caller.teamId()) : Set.of();
    }

    private boolean canSee(Caller caller, YoungPerson person) {
        boolean visible = switch (caller.role()) {
            case ADMIN -> true;
            case MANAGER -> managedTeams(caller).contains(person.teamId);
            case WORKER -> allocations.isCurrentlyAllocated(person.id, caller.staffId(), WORKER_KINDS);
            case IRO -> allocations.isCurrentlyAllocated(person.id, caller.staffId(), IRO_KINDS);
        };
        if (visible) {
            audit.reached(person.id);
        }
        return visible;
    }

    private static boolean actsFor(YoungPerson person, Caller caller) {
        return !caller.is(StaffRole.MANAGER) || person.teamId.equals(caller.teamId());
    }

    record IdOnly(UUID id) {
    }
}
