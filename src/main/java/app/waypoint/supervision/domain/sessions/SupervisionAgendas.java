package app.waypoint.supervision.domain.sessions;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.disputes.domain.resolution.DisputeService;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.InTouchRule;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.supervision.domain.records.SessionAgenda.CaseloadEntry;
import app.waypoint.supervision.domain.records.SessionAgenda.NoContact;
import app.waypoint.supervision.domain.records.SessionAgenda.OpenDispute;
import app.waypoint.supervision.domain.records.SessionAgenda.OpenEscalation;
import app.waypoint.supervision.domain.records.SessionAgenda.OverdueTask;
import app.waypoint.supervision.domain.records.SessionAgenda;
import app.waypoint.supervision.domain.records.SupervisionActionResponse;
import app.waypoint.tasks.domain.task.TaskQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds a session's agenda from the worker's supervision actions, tasks, caseload contacts, escalations and disputes. */
@ApplicationScoped
class SupervisionAgendas {

    /** Carried actions first (most carried first), then overdue ones, then by due date. */
    static final Comparator<SupervisionActionResponse> AGENDA_ORDER = Comparator
            .comparing(SupervisionActionResponse::carryCount, Comparator.reverseOrder())
            .thenComparing(action -> !action.overdue())
            .thenComparing(SupervisionActionResponse::dueDate);

    private final SupervisionActionRepository actions;
    private final StaffService staff;
    private final VisibilityService visibility;
    private final TaskQueries tasks;
    private final ContactService contacts;
    private final EscalationService escalations;
    private final DisputeService disputes;
    private final InTouchRule inTouch;
    private final WaypointClock clock;

    SupervisionAgendas(SupervisionActionRepository actions, StaffService staff, VisibilityService visibility, TaskQueries tasks,
                       ContactService contacts, EscalationService escalations, DisputeService disputes, InTouchRule inTouch,
                       WaypointClock clock) {
        this.actions = actions;
        this.staff = staff;
        this.visibility = visibility;
        this.tasks = tasks;
        this.contacts = contacts;
        this.escalations = escalations;
        this.disputes = disputes;
        this.inTouch = inTouch;
        this.clock = clock;
    }

    SessionAgenda build(SupervisionSession session) {
        LocalDate today = clock.today();
        List<SupervisionActionResponse> open = actions.openOfWorker(session.workerId, session.id).stream()
                .map(action -> SupervisionMapper.toResponse(action, today)).sorted(AGENDA_ORDER).toList();
        StaffResponse worker = staff.byId(session.workerId).orElseThrow();
        Set<UUID> caseload = staff.callerFor(worker.username()).flatMap(visibility::visibleYoungPeople).orElse(Set.of());
        List<OverdueTask> overdue = tasks.overdueAssignedTo(worker.username()).stream()
                .map(task -> new OverdueTask(task.id(), task.name(), task.youngPersonId(), WaypointClock.dayOf(task.due()))).toList();
        Map<UUID, LocalDate> last = contacts.lastContactOn(caseload);
        return new SessionAgenda(open, overdue, noContact(caseload, last, today),
                escalations.openAbout(caseload).stream()
                        .map(e -> new OpenEscalation(e.id(), e.taskName(), e.youngPersonId(), e.stage(), e.dueAt())).toList(),
                disputes.openAbout(caseload).stream()
                        .map(d -> new OpenDispute(d.id(), d.youngPersonId(), d.stage(), d.raisedAt(), d.responseDueAt())).toList(),
                caseload(caseload, last, overdue));
    }

    /** The whole caseload: those with overdue tasks first (most first), then by longest without contact. */
    private static List<CaseloadEntry> caseload(Set<UUID> caseload, Map<UUID, LocalDate> last, List<OverdueTask> overdue) {
        Map<UUID, List<OverdueTask>> overdueAbout = overdue.stream().filter(task -> task.youngPersonId() != null)
                .collect(Collectors.groupingBy(OverdueTask::youngPersonId));
        return caseload.stream()
                .map(youngPerson -> new CaseloadEntry(youngPerson, last.get(youngPerson), overdueAbout.getOrDefault(youngPerson, List.of())))
                .sorted(Comparator.comparing((CaseloadEntry entry) -> entry.overdueTasks().size(), Comparator.reverseOrder())
                        .thenComparing(CaseloadEntry::lastContactOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(CaseloadEntry::youngPersonId))
                .toList();
    }

    /**
     * Young people without a recent contact made (people/contacts InTouchRule: none in the keeping-in-touch window), or never
     * contacted: never first, then the longest ago.
     */
    private List<NoContact> noContact(Set<UUID> caseload, Map<UUID, LocalDate> last, LocalDate today) {
        return caseload.stream()
                .filter(youngPerson -> !inTouch.isRecent(last.get(youngPerson), today))
                .map(youngPerson -> new NoContact(youngPerson, last.get(youngPerson)))
                .sorted(Comparator.comparing(NoContact::lastContactOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(NoContact::youngPersonId))
                .toList();
    }
}
