package app.waypoint.intouch.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.allocations.Responsibles;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.InTouchConfig;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The steps of {@code LostTouchProcess}, one method per step; the delegates pass their typed variables here. */
@Named("lostTouchSteps")
@ApplicationScoped
public class LostTouchSteps {

    private final LostTouchRepository lostTouch;
    private final ResponsibilityService responsibility;
    private final AllocationService allocations;
    private final NotificationService notifications;
    private final ContactService contacts;
    private final WorkingCalendar calendar;
    private final InTouchConfig config;
    private final WaypointClock clock;

    LostTouchSteps(LostTouchRepository lostTouch, ResponsibilityService responsibility, AllocationService allocations,
                   NotificationService notifications, ContactService contacts, WorkingCalendar calendar, InTouchConfig config,
                   WaypointClock clock) {
        this.lostTouch = lostTouch;
        this.responsibility = responsibility;
        this.allocations = allocations;
        this.notifications = notifications;
        this.contacts = contacts;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    /** The worker the plan and the tries are for: the personal adviser, else the social worker (none: offered to the team). */
    public String worker(String youngPersonId) {
        return allocations.allocatedUsername(UUID.fromString(youngPersonId), AllocationKind.PERSONAL_ADVISER, AllocationKind.SOCIAL_WORKER)
                .orElse(null);
    }

    /** When a "try again" task is due: the end of the day the configured working days from today. */
    public Date tryAgainDue() {
        return Date.from(WaypointClock.endOf(calendar.plusWorkingDays(clock.today(), config.planWorkingDays())));
    }

    /** Whether the young person's lost-touch record is still open (a contact made ends it). */
    @Transactional
    public boolean stillNotInTouch(String youngPersonId) {
        return lostTouch.openFor(UUID.fromString(youngPersonId)).isPresent();
    }

    /** The young person is flagged possibly not in touch, from today. */
    @Transactional
    public void flag(UUID youngPersonId, String because, String processInstanceId) {
        lostTouch.persist(new LostTouch(youngPersonId, clock.today(), because, processInstanceId, clock.now()));
    }

    /** The team's managers are told, and the IRO too when the young person is looked after (an eligible child). */
    @Transactional
    public void tellManagers(UUID youngPersonId, String because) {
        Responsibles responsibles = responsibility.responsibleFor(youngPersonId);
        List<String> told = new ArrayList<>(responsibles.teamManagers());
        if (responsibles.lookedAfter()) {
            responsibles.iro().ifPresent(told::add);
        }
        LostTouch open = requireOpen(youngPersonId);
        told.forEach(username -> notifications.notify(new Notice("lost-touch:" + open.id + ":flagged", username,
                "Possibly not in touch: " + because, responsibles.youngPersonRef(), link(youngPersonId))));
    }

    /** The worker's re-engagement plan, from the task's checklist, is kept with the flag. */
    @Transactional
    public void recordPlan(UUID youngPersonId, ReEngagementPlan plan, String recordedBy) {
        LostTouch open = requireOpen(youngPersonId);
        open.planTried = plan.tried().stream().map(Enum::name).collect(Collectors.joining(","));
        open.planNotes = plan.notes() == null ? null : plan.notes().strip();
        open.planRecordedBy = recordedBy;
        open.planRecordedAt = clock.now();
    }

    /** A manager decided "not in touch": the worker is told that the decision is recorded and that the trying goes on. */
    @Transactional
    public void tellWorkerOfDecision(UUID youngPersonId) {
        LostTouch open = requireOpen(youngPersonId);
        String worker = worker(youngPersonId.toString());
        if (worker != null) {
            notifications.notify(new Notice("lost-touch:" + open.id + ":decided", worker, "Decided not in touch on " + open.decidedOn
                    + ": keep trying to get back in touch", responsibility.responsibleFor(youngPersonId).youngPersonRef(),
                    link(youngPersonId)));
        }
    }

    /** A contact was made: the lost-touch record ends with it, and the young person is in touch again. */
    @Transactional
    public void restoreInTouch(UUID youngPersonId) {
        lostTouch.openFor(youngPersonId).ifPresent(open -> {
            LocalDate made = contacts.history(youngPersonId).lastContactMadeOn();
            open.endedOn = clock.today();
            open.endedBecause = "Contact made" + (made == null ? "" : " on " + made);
            Log.debugf("Young person %s back in touch", youngPersonId);
        });
    }

    private LostTouch requireOpen(UUID youngPersonId) {
        return lostTouch.openFor(youngPersonId)
                .orElseThrow(() -> new IllegalStateException("No lost-touch record open for " + youngPersonId));
    }

    private static String link(UUID youngPersonId) {
        return "/young-people/" + youngPersonId + "/in-touch";
    }
}
