package app.waypoint.supervision.domain.sessions;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.supervision.domain.records.OversightEntryResponse;
import app.waypoint.supervision.domain.records.OversightRequest;
import app.waypoint.supervision.domain.records.SupervisionActionInput;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A young person's management-oversight chronology: decisions made in supervision (written by {@link SupervisionService})
 * and those a manager of the young person's team records between sessions. Actions agreed between sessions become tasks for
 * their owners at once.
 */
@ApplicationScoped
public class OversightService {

    private final OversightEntryRepository entries;
    private final SupervisionActionRepository actions;
    private final VisibilityService visibility;
    private final StaffService staff;
    private final WaypointClock clock;
    private final SupervisionActionTasks actionTasks;

    OversightService(OversightEntryRepository entries, SupervisionActionRepository actions, VisibilityService visibility,
                     StaffService staff, WaypointClock clock, SupervisionActionTasks actionTasks) {
        this.entries = entries;
        this.actions = actions;
        this.visibility = visibility;
        this.staff = staff;
        this.clock = clock;
        this.actionTasks = actionTasks;
    }

    /** The chronology, newest first, for whoever may see the young person. */
    @Transactional
    public List<OversightEntryResponse> chronology(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        List<OversightEntry> all = entries.ofYoungPerson(youngPersonId);
        return SupervisionMapper.toResponses(all, actions.ofEntries(all.stream().map(entry -> entry.id).toList()), clock.today());
    }

    /** Whether the caller may record management oversight of the young person: a manager of their team. */
    @Transactional
    public boolean mayRecord(UUID youngPersonId, Caller caller) {
        return caller.is(StaffRole.MANAGER) && visibility.canAct(youngPersonId, caller);
    }

    /** A manager of the young person's team records a decision; nothing is saved if an action lacks an owner or due date (422). */
    @Transactional
    public OversightEntryResponse record(UUID youngPersonId, OversightRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.MANAGER)) {
            throw new ForbiddenException("A manager of the young person's team records management oversight.");
        }
        LocalDate today = clock.today();
        List<FieldError> errors = SupervisionRules.actionErrors("actions", request.actions(),
                username -> staff.byUsername(username).isPresent(), today);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("oversight-action-rules", "The oversight was not recorded: every action needs a description, "
                    + "an owner and a due date.", errors);
        }
        Instant now = clock.now();
        OversightEntry entry = new OversightEntry(youngPersonId, null, null, request.decision().strip(), request.rationale(),
                caller.username(), now);
        entries.persist(entry);
        List<SupervisionAction> agreed = (request.actions() == null ? List.<SupervisionActionInput>of() : request.actions()).stream()
                .map(input -> new SupervisionAction(entry, null, input.description().strip(), input.owner(), input.dueDate(), now))
                .toList();
        agreed.forEach(actions::persist);
        agreed.forEach(actionTasks::start);
        Log.debugf("Oversight entry %s on young person %s recorded by %s", entry.id, youngPersonId, caller.username());
        return SupervisionMapper.toResponse(entry, agreed.stream().map(action -> SupervisionMapper.toResponse(action, today)).toList());
    }
}
