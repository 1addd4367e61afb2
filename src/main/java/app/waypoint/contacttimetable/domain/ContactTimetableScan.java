package app.waypoint.contacttimetable.domain;

import app.waypoint.engine.EngineCommands;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ScanBatches;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The nightly contact timetable scan: starts the missing timetables, and re-checks those running so that the ones whose duty
 * ended stop.
 * <p>
 * At national scale (README "Performance", "The other nightly scans at national scale"), tens of thousands are owed the duty and have
 * a timetable running. Who is owed it and whose timetable runs are read first, in transactions of their own; a timetable
 * starts, or is told its circumstances changed, in a transaction of its own; the running ones are checked a batch at a time
 * ({@code waypoint.scans.batch-size}), each batch in its own transaction. So nothing gathers in memory or in one transaction
 * however many young people there are, and what is done is kept as it goes.
 */
@ApplicationScoped
public class ContactTimetableScan {

    private final ContactTimetableService timetables;
    private final TimetableRepository repository;
    private final YoungPersonService youngPeople;
    private final EngineCommands commands;
    private final ScanBatches batches;

    ContactTimetableScan(ContactTimetableService timetables, TimetableRepository repository, YoungPersonService youngPeople, EngineCommands commands,
                         ScanBatches batches) {
        this.timetables = timetables;
        this.repository = repository;
        this.youngPeople = youngPeople;
        this.commands = commands;
        this.batches = batches;
    }

    /** What a scan did. */
    public record ScanResult(int started, int stopped) {
    }

    public ScanResult scan() {
        List<UUID> owed = commands.inNewTransaction(() -> youngPeople.withStatusToday(ContactTimetable.DUTY));
        List<UUID> running = commands.inNewTransaction(repository::runningIds);
        Set<UUID> runningSet = new HashSet<>(running);
        int started = 0;
        for (UUID youngPersonId : owed) {
            if (!runningSet.contains(youngPersonId) && commands.inNewTransaction(() -> timetables.startIfDue(youngPersonId))) {
                started++;
            }
        }
        Set<UUID> owedSet = new HashSet<>(owed);
        List<String> ended = new ArrayList<>();
        for (List<UUID> batch : batches.of(running)) {
            ended.addAll(commands.inNewTransaction(() -> repository.running(batch).stream()
                    .filter(timetable -> !owedSet.contains(timetable.youngPersonId) || timetables.dutyEnded(timetable))
                    .map(timetable -> timetable.processInstanceId)
                    .toList()));
        }
        ended.forEach(processInstanceId -> commands.inNewTransaction(() -> {
            timetables.circumstancesChanged(processInstanceId);
            return null;
        }));
        Log.infof("Contact timetable scan started %d timetable(s) and stopped %d", started, ended.size());
        return new ScanResult(started, ended.size());
    }
}
