package app.waypoint.escalations.domain;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.escalations.process.TaskEscalationProcess;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.allocations.Responsibles;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.allocations.VisibleYoungPeople;
import app.waypoint.people.staff.Caller;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.task.TaskQueries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Raises the rungs of a late task's chain (each once), tells the right people, and lets them read and acknowledge it. */
@ApplicationScoped
public class EscalationService {

    /** The process that watches one task's deadline: one instance per open task, machinery rather than casework of its own. */
    public static final String CHAIN_PROCESS_KEY = TaskEscalationProcess.KEY;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final EscalationRepository escalations;
    private final EscalationInserts inserts;
    private final EscalationPolicy policy;
    private final TaskQueries tasks;
    private final ResponsibilityService responsibilities;
    private final VisibilityService visibility;
    private final NotificationService notifications;
    private final WaypointClock clock;
    private final AuditService audit;
    private final Event<EscalationRaised> raised;

    EscalationService(EscalationRepository escalations, EscalationInserts inserts, EscalationPolicy policy, TaskQueries tasks,
                      ResponsibilityService responsibilities, VisibilityService visibility, NotificationService notifications,
                      WaypointClock clock, AuditService audit, Event<EscalationRaised> raised) {
        this.escalations = escalations;
        this.inserts = inserts;
        this.policy = policy;
        this.tasks = tasks;
        this.responsibilities = responsibilities;
        this.visibility = visibility;
        this.notifications = notifications;
        this.clock = clock;
        this.audit = audit;
        this.raised = raised;
    }

    /** The reminder before the due date, to the assignee (or the team's managers while nobody has the task). */
    @Transactional
    public void remind(String chainId, String taskId) {
        tasks.facts(taskId).ifPresent(task -> {
            Responsibles people = responsibleFor(task);
            List<String> to = task.assignee() != null ? List.of(task.assignee()) : people.teamManagers();
            String headline = "Due " + day(task) + ": " + task.name();
            notifications.notifyAll(to.stream().map(username -> new Notice("reminder:" + chainId, username, headline, people.youngPersonRef(),
                    link(task))).toList());
        });
    }

    /** Raises one rung of the chain; a rung already raised for this chain is not raised again. */
    @Transactional
    public void escalate(String chainId, String taskId, EscalationStage stage) {
        Optional<TaskFacts> found = tasks.facts(taskId);
        if (found.isEmpty()) {
            return;
        }
        TaskFacts task = found.get();
        Responsibles people = responsibleFor(task);
        Escalation escalation = new Escalation(chainId, task.id(), task.key(), task.name(), task.youngPersonId(), task.staffId(), stage,
                task.due(), clock.now());
        escalation.recipients.addAll(recipients(task, stage, people));
        if (!inserts.insertOnce(escalation)) {
            return;
        }
        raised.fire(new EscalationRaised(stage, task.processKey())); // for the operations metrics (issue 17)
        String headline = headline(task, stage);
        List<Notice> notices = new ArrayList<>(escalation.recipients.stream().map(username -> new Notice("escalation:" + escalation.id,
                username, headline, people.youngPersonRef(), link(task))).toList());
        if (stage == EscalationStage.HEAD_OF_SERVICE && people.lookedAfter()) {
            people.iro().ifPresent(iro -> notices.add(new Notice("dispute-prompt:" + escalation.id, iro,
                    "Still unresolved after escalation to head of service: consider raising a dispute about " + task.name(),
                    people.youngPersonRef(), "/young-people/" + task.youngPersonId())));
        }
        notifications.notifyAll(notices);
        Log.infof("Escalated task %s (chain %s) to %s", task.id(), chainId, stage);
    }

    /** The escalations still unresolved about any of these young people, newest first (no visibility check: for features). */
    @Transactional
    public List<EscalationResponse> openAbout(Set<UUID> youngPeople) {
        if (youngPeople.isEmpty()) {
            return List.of();
        }
        return escalations.unresolvedAbout(youngPeople).stream().map(EscalationService::toResponse).toList();
    }

    @Transactional
    public Page<EscalationResponse> list(EscalationFilter filter, Caller caller) {
        Optional<VisibleYoungPeople> visible = visibility.visibleYoungPeopleQuery(caller);
        EscalationCriteria criteria = switch (filter.scopeValue()) {
            case MINE -> new EscalationCriteria(caller.username(), null, filter.youngPersonId(), filter.taskId(), filter.stateValue());
            case TEAM, IRO -> {
                filter.requireRoleFor(caller);
                yield new EscalationCriteria(null, visible.orElseThrow(), filter.youngPersonId(), filter.taskId(), filter.stateValue());
            }
            case ALL -> new EscalationCriteria(visible.isPresent() ? caller.username() : null, visible.orElse(null), filter.youngPersonId(),
                    filter.taskId(), filter.stateValue());
        };
        PanacheQuery<Escalation> query = escalations.matching(criteria);
        Paging paging = filter.paging();
        List<EscalationResponse> items = query.page(paging.page(), paging.size()).list().stream().map(EscalationService::toResponse).toList();
        audit.reached(items.stream().map(EscalationResponse::youngPersonId).filter(Objects::nonNull).toList());
        return new Page<>(items, query.count(), paging.page(), paging.size());
    }

    /** Every escalation about the young person, whatever its state, newest first; 404 unless the caller may see them. */
    @Transactional
    public List<EscalationResponse> aboutYoungPerson(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return escalations.ofYoungPerson(youngPersonId).stream().map(EscalationService::toResponse).toList();
    }

    @Transactional
    public EscalationResponse get(UUID id, Caller caller) {
        return toResponse(visible(id, caller));
    }

    /** A person who was told acknowledges the escalation: they have seen it and are acting on it. */
    @Transactional
    public EscalationResponse acknowledge(UUID id, Caller caller) {
        Escalation escalation = visible(id, caller);
        if (!escalation.recipients.contains(caller.username())) {
            throw new ForbiddenException("Only someone this escalation was sent to may acknowledge it.");
        }
        if (escalation.acknowledgedAt != null) {
            throw new ConflictException("escalation-already-acknowledged", "This escalation was acknowledged by "
                    + escalation.acknowledgedBy + ".");
        }
        escalation.acknowledgedBy = caller.username();
        escalation.acknowledgedAt = clock.now();
        return toResponse(escalation);
    }

    private Escalation visible(UUID id, Caller caller) {
        return escalations.findByIdOptional(id)
                .filter(e -> e.recipients.contains(caller.username()) || (e.youngPersonId != null && visibility.canSee(e.youngPersonId, caller)))
                .orElseThrow(() -> new NotFoundException("escalation", id.toString()));
    }

    private Responsibles responsibleFor(TaskFacts task) {
        return task.youngPersonId() != null ? responsibilities.responsibleFor(task.youngPersonId())
                : responsibilities.responsibleForStaff(task.staffId());
    }

    private Set<String> recipients(TaskFacts task, EscalationStage stage, Responsibles people) {
        Set<String> to = new LinkedHashSet<>();
        switch (stage) {
            case TEAM_MANAGER -> {
                Optional.ofNullable(task.assignee()).ifPresent(to::add);
                to.addAll(people.teamManagers());
                if (task.staffId() != null && people.teamManagers().contains(task.assignee())) {
                    // work about staff (their supervision) is usually the supervisor's: their manager is told too (§2c)
                    people.serviceManager().ifPresent(to::add);
                }
                if (policy.affectsPlan(task.key()) && people.lookedAfter()) {
                    people.iro().ifPresent(to::add);
                }
            }
            case SERVICE_MANAGER -> people.serviceManager().ifPresentOrElse(to::add, () -> to.addAll(people.teamManagers()));
            case HEAD_OF_SERVICE -> people.headOfService().or(people::serviceManager)
                    .ifPresentOrElse(to::add, () -> to.addAll(people.teamManagers()));
        }
        return to;
    }

    private static String headline(TaskFacts task, EscalationStage stage) {
        String what = task.name() + " (due " + day(task) + ")";
        return switch (stage) {
            case TEAM_MANAGER -> "Overdue: " + what;
            case SERVICE_MANAGER -> "Still overdue, escalated to service manager: " + what;
            case HEAD_OF_SERVICE -> "Still overdue, escalated to head of service: " + what;
        };
    }

    private static String day(TaskFacts task) {
        return WaypointClock.dayOf(task.due()).format(DAY);
    }

    private static String link(TaskFacts task) {
        return "/tasks/" + task.id();
    }

    static EscalationResponse toResponse(Escalation e) {
        return new EscalationResponse(e.id, e.taskId, e.taskKey, e.taskName, e.youngPersonId, e.stage, e.dueAt, e.raisedAt,
                List.copyOf(e.recipients), e.acknowledgedBy, e.acknowledgedAt, e.resolvedAt, e.staffId);
    }
}
