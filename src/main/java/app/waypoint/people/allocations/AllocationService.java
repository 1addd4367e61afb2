package app.waypoint.people.allocations;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.Staff;
import app.waypoint.people.staff.StaffRepository;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Allocations of staff to young people: a new one of a kind ends the previous one, so the history stays complete. */
@ApplicationScoped
public class AllocationService {

    private final AllocationRepository allocations;
    private final StaffRepository staff;
    private final VisibilityService visibility;
    private final WaypointClock clock;

    AllocationService(AllocationRepository allocations, StaffRepository staff, VisibilityService visibility, WaypointClock clock) {
        this.allocations = allocations;
        this.staff = staff;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** A manager of the young person's team (or an administrator) allocates someone. */
    @Transactional
    public AllocationResponse allocate(UUID youngPersonId, AllocationRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator may allocate staff.");
        }
        return allocate(youngPersonId, request.kind(), request.staffUsername(), caller.username());
    }

    /** Allocates without a caller: used by processes (e.g. the personal adviser appointed in a transition step). */
    @Transactional
    public AllocationResponse allocate(UUID youngPersonId, AllocationKind kind, String staffUsername, String allocatedBy) {
        Staff member = staff.byUsername(staffUsername).orElseThrow(() -> new RuleViolationException("unknown-staff",
                "There is no member of staff with username " + staffUsername + ".", List.of(new FieldError("staffUsername", "no such staff"))));
        StaffRole required = kind == AllocationKind.IRO ? StaffRole.IRO : StaffRole.WORKER;
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
        return toResponse(allocation);
    }

    /** Ends the current allocation of a kind, if there is one. */
    @Transactional
    public void end(UUID youngPersonId, AllocationKind kind) {
        allocations.current(youngPersonId, kind).ifPresent(current -> current.endedOn = clock.today());
    }

    /** The username of the member of staff currently allocated, if any. */
    @Transactional
    public Optional<String> allocatedUsername(UUID youngPersonId, AllocationKind kind) {
        return allocations.current(youngPersonId, kind).flatMap(a -> staff.findByIdOptional(a.staffId)).map(s -> s.username);
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
                allocation.endedOn, allocation.allocatedBy);
    }
}
