package app.waypoint.contacttimetable.domain;

import app.waypoint.engine.EngineCommands;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ScanPasses;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The nightly contact timetable scan: starts the missing timetables, and re-checks those running so that the ones whose duty
 * ended stop.
 * <p>
 * At national scale (README "Performance", "The other nightly scans at national scale", "The nightly scans in passes"), tens of
 * thousands are owed the duty and have a timetable running. Who is owed it and whose timetable runs are read first, in
 * transactions of their own; then each young person is looked at in a transaction of their own (a timetable started, or one
 * running checked and, if its duty ended, told its circumstances changed), in passes ({@link ScanPasses}), so that nothing
 * gathers in memory or in one transaction however many young people there are, what is done is kept as it goes, and no job
 * outlives its transaction or its lock.
 */
@ApplicationScoped
public class ContactTimetableScan {

    private final ContactTimetableService timetables;
    private final TimetableRepository repository;
    private final YoungPersonService youngPeople;
    private final EngineCommands commands;
    private final ScanPasses passes;

    ContactTimetableScan(ContactTimetableService timetables, TimetableRepository repository, YoungPersonService youngPeople, EngineCommands commands,
                         ScanPasses passes) {
        this.timetables = timetables;
        this.repository = repository;
        this.youngPeople = youngPeople;
        this.commands = commands;
        this.passes = passes;
    }

    /** A young person the scan looks at: owed the duty with no timetable running (one to start), or with one running (to check). */
    private record Look(UUID youngPersonId, boolean running) {
    }

    /** One pass: of the young people after {@code after}, starts the missing timetables and stops those whose duty ended. */
    public ScanPasses.Pass pass(Optional<UUID> after) {
        Set<UUID> owed = new HashSet<>();
        ScanPasses.Pass pass = passes.work("contact timetable scan", () -> looks(owed), Look::youngPersonId, after, look -> commands.inNewTransaction(
                () -> look.running() ? stopIfEnded(look.youngPersonId(), owed) : timetables.startIfDue(look.youngPersonId())));
        Log.infof("Contact timetable scan started or stopped %d timetable(s)%s", pass.actedFor().size(),
                pass.resumeAfter().isPresent() ? "; the next pass goes on" : "");
        return pass;
    }

    /** Who is owed the duty today (kept in {@code owed}), and whom to look at: those with no timetable running, and those with one. */
    private List<Look> looks(Set<UUID> owed) {
        owed.addAll(commands.inNewTransaction(() -> youngPeople.withStatusToday(ContactTimetable.DUTY)));
        Set<UUID> running = new HashSet<>(commands.inNewTransaction(repository::runningIds));
        return Stream.concat(owed.stream().filter(id -> !running.contains(id)).map(id -> new Look(id, false)), running.stream().map(id -> new Look(id, true)))
                .toList();
    }

    /**
     * Stops the young person's running timetable if its duty ended: at once for someone no longer owed it by their status (the
     * rule's first test), else by the rule on their facts; whether it stopped.
     */
    private boolean stopIfEnded(UUID youngPersonId, Set<UUID> owed) {
        Optional<Timetable> ended = repository.running(youngPersonId)
                .filter(timetable -> !owed.contains(youngPersonId) || timetables.dutyEnded(timetable));
        ended.ifPresent(timetable -> timetables.circumstancesChanged(timetable.processInstanceId));
        return ended.isPresent();
    }
}
