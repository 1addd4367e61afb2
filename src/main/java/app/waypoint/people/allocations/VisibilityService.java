package app.waypoint.people.allocations;

import app.waypoint.audit.AuditService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.CallerReads;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPerson;
import app.waypoint.people.youngpeople.YoungPersonRepository;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may see which young person: a worker through a current allocation (social worker or personal adviser), a manager
 * through the teams they manage (a team manager their team; a service manager, head of service or director the teams they
 * are above), an IRO through their IRO allocation, an administrator everyone. Hidden and unknown look the same.
 * Every young person a request is let through to is reported to the audit trail (one entry per young person per request).
 * <p>
 * Each check runs in a transaction (joining the caller's, if any). A page asks before it calls its services; read outside
 * a transaction, the young person would be read by the request's own session, which keeps its connection until the request
 * ends, while each service takes another: with as many such requests at once as the pool has connections, every one of them
 * waited for a second connection until it gave up (the benchmark's young person's page at 16 at once, README "Performance").
 */
@ApplicationScoped
@Transactional
public class VisibilityService {

    public static final List<AllocationKind> WORKER_KINDS = List.of(AllocationKind.SOCIAL_WORKER, AllocationKind.PERSONAL_ADVISER);
    public static final List<AllocationKind> IRO_KINDS = List.of(AllocationKind.IRO);

    private final YoungPersonRepository youngPeople;
    private final AllocationRepository allocations;
    private final CallerReads callers;
    private final AuditService audit;
    private final VisibilityDecisions decisions;

    VisibilityService(YoungPersonRepository youngPeople, AllocationRepository allocations, CallerReads callers, AuditService audit,
                      VisibilityDecisions decisions) {
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.callers = callers;
        this.audit = audit;
        this.decisions = decisions;
    }

    /** The young person if the caller may see them; otherwise 404. */
    public YoungPerson visible(UUID youngPersonId, Caller caller) {
        return youngPeople.findByIdOptional(youngPersonId)
                .filter(person -> canSee(caller, person))
                .orElseThrow(() -> new NotFoundException("young person", youngPersonId.toString()));
    }

    /** Fails with 404 unless the caller may see the young person. */
    public void requireVisible(UUID youngPersonId, Caller caller) {
        if (alreadyLetThrough(youngPersonId, caller).isEmpty()) {
            visible(youngPersonId, caller);
        }
    }

    /**
     * Fails with 404 unless the caller may see the young person, and with 403 unless they may also act on their record:
     * service managers, heads of service and directors read the records of the teams they are above, the team acts on them.
     */
    public void requireCanAct(UUID youngPersonId, Caller caller) {
        UUID team = alreadyLetThrough(youngPersonId, caller).orElseGet(() -> visible(youngPersonId, caller).teamId);
        if (!actsFor(team, caller)) {
            throw new ForbiddenException("You see this young person's record as a senior manager; their team acts on it.");
        }
    }

    /** Whether the caller may see the young person and act on their record (see {@link #requireCanAct}). */
    public boolean canAct(UUID youngPersonId, Caller caller) {
        Optional<UUID> team = alreadyLetThrough(youngPersonId, caller);
        if (team.isPresent()) {
            return actsFor(team.get(), caller);
        }
        return youngPeople.findByIdOptional(youngPersonId).filter(person -> canSee(caller, person) && actsFor(person.teamId, caller)).isPresent();
    }

    public boolean canSee(UUID youngPersonId, Caller caller) {
        return alreadyLetThrough(youngPersonId, caller).isPresent()
                || youngPeople.findByIdOptional(youngPersonId).filter(person -> canSee(caller, person)).isPresent();
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
        if (!caller.is(StaffRole.MANAGER)) {
            return Set.of();
        }
        Supplier<Set<UUID>> read = () -> callers.teamsManagedBy(caller.staffId(), caller.teamId());
        return inRequest() ? decisions.managedTeams(caller, read) : read.get();
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
            if (inRequest()) {
                decisions.visible(person.id, person.teamId, caller);
            }
        }
        return visible;
    }

    /** The young person's team if this request already let the caller through to them (the check is not asked twice). */
    private Optional<UUID> alreadyLetThrough(UUID youngPersonId, Caller caller) {
        return inRequest() ? decisions.teamOfVisible(youngPersonId, caller) : Optional.empty();
    }

    /** Whether a request is being served: only then are its decisions kept (jobs and scans run outside any request). */
    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }

    private static boolean actsFor(UUID youngPersonsTeam, Caller caller) {
        return !caller.is(StaffRole.MANAGER) || youngPersonsTeam.equals(caller.teamId());
    }

    record IdOnly(UUID id) {
    }
}
