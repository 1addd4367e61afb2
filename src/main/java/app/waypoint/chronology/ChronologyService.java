package app.waypoint.chronology;

import app.waypoint.disputes.domain.resolution.DisputeService;
import app.waypoint.engine.ProcessRecords;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.care.CareEpisodeHistoryResponse;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.supervision.domain.sessions.OversightService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A young person's chronology: what happened to them, newest first, gathered from the features that record it (process steps
 * completed, escalations, management oversight, significant changes, allocations, disputes, the end of care, accommodation), for whoever may see them.
 */
@ApplicationScoped
public class ChronologyService {

    /** Newest first; entries at the same moment in a fixed order, so that pages never overlap. */
    static final Comparator<ChronologyEntry> NEWEST_FIRST = Comparator.comparing(ChronologyEntry::at).reversed()
            .thenComparing(ChronologyEntry::kind)
            .thenComparing(ChronologyEntry::title, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::refId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final VisibilityService visibility;
    private final ProcessRecords processes;
    private final EscalationService escalations;
    private final DisputeService disputes;
    private final OversightService oversight;
    private final PathwayReviewService reviews;
    private final AllocationService allocations;
    private final StaffService staff;
    private final YoungPersonRecordService records;

    ChronologyService(VisibilityService visibility, ProcessRecords processes, EscalationService escalations, DisputeService disputes,
                      OversightService oversight, PathwayReviewService reviews, AllocationService allocations, StaffService staff,
                      YoungPersonRecordService records) {
        this.visibility = visibility;
        this.processes = processes;
        this.escalations = escalations;
        this.disputes = disputes;
        this.oversight = oversight;
        this.reviews = reviews;
        this.allocations = allocations;
        this.staff = staff;
        this.records = records;
    }

    /** One page of the chronology; 404 unless the caller may see the young person. */
    @Transactional
    public Page<ChronologyEntry> chronology(UUID youngPersonId, Caller caller, Paging paging) {
        visibility.requireVisible(youngPersonId, caller);
        Map<String, String> names = new HashMap<>();
        ChronologyEntries entries = new ChronologyEntries(username -> names.computeIfAbsent(username,
                known -> staff.byUsername(known).map(StaffResponse::displayName).orElse(known)));
        List<ChronologyEntry> all = new ArrayList<>();
        processes.completedTasks(youngPersonId.toString()).stream()
                // a dispute's steps are on its own history, with what was said
                .filter(task -> !DisputeService.PROCESS_KEY.equals(task.processKey()))
                .map(entries::step).forEach(all::add);
        escalations.aboutYoungPerson(youngPersonId, caller).stream().map(entries::escalation).forEach(all::addAll);
        disputes.aboutYoungPerson(youngPersonId, caller).stream().map(entries::dispute).forEach(all::addAll);
        oversight.chronology(youngPersonId, caller).stream().map(entries::oversight).forEach(all::add);
        reviews.significantChanges(youngPersonId, caller).stream().map(change -> entries.significantChange(change, youngPersonId))
                .forEach(all::add);
        allocations.history(youngPersonId, caller).stream().map(allocation -> entries.allocation(allocation, youngPersonId))
                .forEach(all::addAll);
        List<CareEpisodeHistoryResponse> episodes = records.careEpisodes(youngPersonId, caller);
        episodes.stream().filter(episode -> episode.endRecordedAt() != null).map(episode -> entries.careEnded(episode, youngPersonId))
                .forEach(all::add);
        episodes.stream().filter(episode -> episode.startRecordedAt() != null).map(episode -> entries.careStarted(episode, youngPersonId))
                .forEach(all::add);
        records.accommodation(youngPersonId, caller).stream().map(entry -> entries.accommodation(entry, youngPersonId)).forEach(all::add);
        records.flagHistory(youngPersonId, caller).stream().map(change -> entries.flag(change, youngPersonId)).forEach(all::add);
        records.activity(youngPersonId, caller).stream().map(status -> entries.coded(status, ChronologyKind.ACTIVITY, youngPersonId))
                .forEach(all::add);
        records.inTouch(youngPersonId, caller).stream().map(status -> entries.coded(status, ChronologyKind.IN_TOUCH, youngPersonId))
                .forEach(all::add);
        records.corrections(youngPersonId, caller).stream().map(correction -> entries.correction(correction, youngPersonId))
                .forEach(all::add);
        all.sort(NEWEST_FIRST);
        List<ChronologyEntry> page = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        return new Page<>(page, all.size(), paging.page(), paging.size());
    }
}
