package app.waypoint.people.allocations;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.Staff;
import app.waypoint.people.staff.StaffRepository;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Allocations of staff to young people: a new one of a kind ends the previous one, so the history stays complete. */
@ApplicationScoped
public class AllocationService {

    private final AllocationRepository allocations;
    private final CurrentAllocations currentAllocations;
    private final StaffRepository staff;
    private final VisibilityService visibility;
    private final WaypointClock clock;
    private final Event<AllocationChanged> changed;

    AllocationService(AllocationRepository allocations, CurrentAllocations currentAllocations, StaffRepository staff, VisibilityService visibility, WaypointClock clock,
                      Event<AllocationChanged> changed) {
        this.changed = changed;
        this.allocations = allocations;
        this.currentAllocations = currentAllocations;
        this.staff = staff;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** A manager of the young person's team (or an administrator) allocates someone. */
    @Transactional
    public AllocationResponse allocate(UUID youngPersonId, AllocationRequest request, Caller caller) {
        requireMayAllocate(youngPersonId, caller);
        return allocate(youngPersonId, request.kind(), request.staffUsername(), caller.username());
    }

    /** Whether the caller may allocate staff to the young person, or end an allocation: a manager of their team, or an administrator. */
    @Transactional
    public boolean mayAllocate(UUID youngPersonId, Caller caller) {
        return (caller.is(StaffRole.MANAGER) || caller.is(StaffRole.ADMIN)) && visibility.canAct(youngPersonId, caller);
    }

    /**
     * Who may be allocated to the young person as {@code kind}: the active members of their team with the role it needs (a
     * worker for social worker or personal adviser, an IRO for IRO), by name; 403 unless the caller may allocate.
     */
    @Transactional
    public List<StaffResponse> candidates(UUID youngPersonId, AllocationKind kind, Caller caller) {
        requireMayAllocate(youngPersonId, caller);
        UUID teamId = visibility.visible(youngPersonId, caller).teamId;
        return staff.activeInTeam(teamId, requiredRole(kind)).stream()
                .map(StaffService::toResponse).toList();
    }

    /**
     * A manager of the young person's team (or an administrator) ends a current allocation on a day, with the reason: 404 for an
     * allocation that is not the young person's, 409 when it has ended already, 422 for a day in the future or before it began.
     */
    @Transactional
    public AllocationResponse end(UUID youngPersonId, UUID allocationId, EndAllocationRequest request, Caller caller) {
        requireMayAllocate(youngPersonId, caller);
        Allocation allocation = allocations.findByIdOptional(allocationId).filter(found -> found.youngPersonId.equals(youngPersonId))
                .orElseThrow(() -> new NotFoundException("allocation", allocationId.toString()));
        if (allocation.endedOn != null) {
            throw new ConflictException("allocation-already-ended", "This allocation ended on " + allocation.endedOn + ".");
        }
        if (request.endedOn().isAfter(clock.today())) {
            throw new RuleViolationException("allocation-end-in-future", "An allocation cannot end on a day still to come.",
                    List.of(new FieldError("endedOn", "must not be in the future")));
        }
        if (request.endedOn().isBefore(allocation.startedOn)) {
            throw new RuleViolationException("allocation-end-before-start", "An allocation cannot end before it began, on "
                    + allocation.startedOn + ".", List.of(new FieldError("endedOn", "must be on or after the day it began")));
        }
        allocation.endedOn = request.endedOn();
        allocation.endReason = request.reason().trim();
        allocation.endedBy = caller.username();
        allocations.flush();
        return toResponse(allocation);
    }

    /** The current allocation of a kind, if there is one. */
    @Transactional
    public Optional<AllocationResponse> current(UUID youngPersonId, AllocationKind kind) {
        return allocations.current(youngPersonId, kind).map(this::toResponse);
    }

    /**
     * Whether the caller may allocate staff to every young person of a team and end their allocations: a manager of that team,
     * or an administrator (as {@link #mayAllocate} for each of them, without reading them one by one).
     */
    public static boolean mayAllocateInTeam(UUID teamId, Caller caller) {
        return caller.is(StaffRole.ADMIN) || (caller.is(StaffRole.MANAGER) && teamId != null && teamId.equals(caller.teamId()));
    }

    private void requireMayAllocate(UUID youngPersonId, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator may allocate staff.");
        }
    }

    private static StaffRole requiredRole(AllocationKind kind) {
        return kind == AllocationKind.IRO ? StaffRole.IRO : StaffRole.WORKER;
    }

    /** Allocates without a caller: used by processes (e.g. the personal adviser appointed in a transition step). */
    @Transactional
    public AllocationResponse allocate(UUID youngPersonId, AllocationKind kind, String staffUsername, String allocatedBy) {
        Staff member = staff.byUsername(staffUsername).orElseThrow(() -> new RuleViolationException("unknown-staff",
                "There is no member of staff with username " + staffUsername + ".", List.of(new FieldError("staffUsername", "no such staff"))));
        StaffRole required = requiredRole(kind);
        if (member.role != required) {
            throw new RuleViolationException("wrong-role", staffUsername + " cannot be allocated as " + kind + ": that needs the role "
                    + required.roleName() + ".", List.of(new FieldError("staffUsername", "has the wrong role for " + kind)));
        }
        LocalDate today = clock.today();
        Optional<Allocation> previous = allocations.current(youngPersonId, kind);
        if (previous.isPresent() && previous.get().staffId.equals(member.id)) {
            return toResponse(previous.get());
        }
        previous.ifPresent(old -> {
            old.endedOn = today;
            allocations.flush();
        });
        Allocation allocation = new Allocation(youngPersonId, member.id, kind, today, allocatedBy);
        allocations.persist(allocation);
        allocations.flush();
        changed.fire(new AllocationChanged(youngPersonId, kind, staffUsername));
        return toResponse(allocation);
    }

    /** Ends the current allocation of a kind, if there is one. */
    @Transactional
    public void end(UUID youngPersonId, AllocationKind kind) {
        allocations.current(youngPersonId, kind).ifPresent(current -> {
            current.endedOn = clock.today();
            allocations.flush();
        });
    }

    /**
     * The username of the member of staff currently allocated, if any: of the first of {@code preference} that is allocated
     * (e.g. the personal adviser, else the social worker). One query, whatever the number of kinds.
     */
    @Transactional
    public Optional<String> allocatedUsername(UUID youngPersonId, AllocationKind... preference) {
        List<CurrentAllocations.Allocated> allocated = currentAllocations.of(youngPersonId);
        return Arrays.stream(preference)
                .flatMap(kind -> allocated.stream().filter(now -> now.kind() == kind))
                .map(CurrentAllocations.Allocated::username)
                .findFirst();
    }

    @Transactional
    public List<AllocationResponse> history(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return allocations.history(youngPersonId).stream().map(this::toResponse).toList();
    }

    public List<AllocationResponse> current(UUID youngPersonId) {
        return allocations.currentFor(youngPersonId).stream().map(this::toResponse).toList();
    }

    private AllocationResponse toResponse(Allocation allocation) {
        Staff member = staff.findById(allocation.staffId);
        return new AllocationResponse(allocation.id, allocation.kind, member.username, member.displayName, allocation.startedOn,
                allocation.endedOn, allocation.allocatedBy, allocation.endReason, allocation.endedBy);
    }
}
