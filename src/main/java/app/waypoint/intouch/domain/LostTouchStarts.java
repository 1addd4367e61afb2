package app.waypoint.intouch.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.engine.EngineCommands;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.intouch.process.LostTouchProcess;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactRecorded;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.InTouchConfig;
import app.waypoint.people.contacts.InTouchRule;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ScanPasses;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * When the lost-touch workflow starts and ends, by {@link InTouchRule}: a failed attempt that makes a care leaver (or an
 * eligible child) possibly not in touch starts it at once; the nightly check starts it for those with no contact made for
 * too long; a contact made ends it wherever it is. One is open per young person at a time.
 */
@ApplicationScoped
public class LostTouchStarts {

    /** Those the keeping-in-touch duty is about: eligible children (looked after) and care leavers. */
    private static final Set<CareStatus> KEPT_IN_TOUCH = Set.of(CareStatus.ELIGIBLE, CareStatus.RELEVANT, CareStatus.FORMER_RELEVANT,
            CareStatus.QUALIFYING);

    private final LostTouchRepository lostTouch;
    private final ContactService contacts;
    private final InTouchRule rule;
    private final InTouchConfig config;
    private final YoungPersonService youngPeople;
    private final ProcessGateway processes;
    private final WorkingCalendar calendar;
    private final WaypointClock clock;
    private final EngineCommands commands;
    private final ScanPasses passes;

    LostTouchStarts(LostTouchRepository lostTouch, ContactService contacts, InTouchRule rule, InTouchConfig config,
                    YoungPersonService youngPeople, ProcessGateway processes, WorkingCalendar calendar, WaypointClock clock, EngineCommands commands,
                    ScanPasses passes) {
        this.lostTouch = lostTouch;
        this.contacts = contacts;
        this.rule = rule;
        this.config = config;
        this.youngPeople = youngPeople;
        this.processes = processes;
        this.calendar = calendar;
        this.clock = clock;
        this.commands = commands;
        this.passes = passes;
    }

    /** A contact made ends the open workflow; a failed attempt may start one (in the recording transaction). */
    void contactRecorded(@Observes ContactRecorded contact) {
        UUID youngPersonId = contact.youngPersonId();
        if (contact.outcome() == ContactOutcome.MADE) {
            lostTouch.openFor(youngPersonId).ifPresent(open -> processes.correlateIfWaiting(LostTouchProcess.MSG_CONTACT_MADE,
                    open.processInstanceId));
            return;
        }
        int attempts = contacts.history(youngPersonId).failedAttemptsSince();
        if (rule.tooManyFailedAttempts(attempts) && lostTouch.openFor(youngPersonId).isEmpty()) {
            start(youngPersonId, attempts + " failed attempts in a row to get in touch");
        }
    }

    /**
     * One pass of the nightly check ({@link ScanPasses}): starts the workflow for each young person after {@code after} with no
     * contact made for more than the configured days, each in a transaction of its own, so that thousands at once (the first
     * night after an import) start one by one and are kept as they go; someone whose workflow a failed attempt started
     * meanwhile is left as they are.
     */
    public ScanPasses.Pass startForNoContact(Optional<UUID> after) {
        String because = "No contact made for more than " + config.daysWithoutContact() + " days";
        ScanPasses.Pass pass = passes.work("lost-touch scan", () -> commands.inNewTransaction(() -> lostTouch.withoutRecentContact(rule.recentFrom(clock.today()))),
                id -> id, after, youngPersonId -> commands.inNewTransaction(() -> lostTouch.openFor(youngPersonId).isEmpty() && start(youngPersonId, because)));
        Log.debugf("Lost-touch check: %d young people possibly not in touch", pass.actedFor().size());
        return pass;
    }

    /** Starts the workflow unless the young person is no longer owed keeping in touch; whether it started. */
    private boolean start(UUID youngPersonId, String because) {
        YoungPersonFacts facts = youngPeople.facts(youngPersonId);
        if (!KEPT_IN_TOUCH.contains(facts.status())) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(LostTouchProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString());
        variables.put(LostTouchProcess.VAR_TEAM_ID, facts.teamId().toString());
        variables.put(LostTouchProcess.VAR_FLAGGED_BECAUSE, because);
        variables.put(LostTouchProcess.VAR_PLAN_DUE, Date.from(WaypointClock.endOf(calendar.plusWorkingDays(clock.today(),
                config.planWorkingDays()))));
        variables.put(LostTouchProcess.VAR_TRY_AGAIN_INTERVAL, Duration.ofDays(config.tryAgainDays()).toString());
        processes.start(LostTouchProcess.KEY, youngPersonId.toString(), variables);
        Log.debugf("Lost-touch workflow started for young person %s: %s", youngPersonId, because);
        return true;
    }
}
