package app.waypoint.web.youngpeople;

import app.waypoint.chronology.ChronologyEntry;
import app.waypoint.chronology.ChronologyService;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.caseload.CaseloadEntry;
import app.waypoint.people.caseload.CaseloadService;
import app.waypoint.people.contacts.InTouchState;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import app.waypoint.people.record.care.CareEpisodeHistoryResponse;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.flags.FlagChangeResponse;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.people.youngpeople.YoungPersonSummary;
import app.waypoint.processes.OpenProcessResponse.CurrentStep;
import app.waypoint.processes.OpenProcessResponse;
import app.waypoint.processes.ProcessViewService;
import app.waypoint.risks.domain.flags.RiskService;
import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.web.shell.Due;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The caller's young people, and one young person: key facts, allocations, each open process drawn with the step it is at, and
 * the chronology, a page at a time. Everything goes through the same visibility rules as the API: hidden is 404.
 */
@Path("/young-people")
@Produces(MediaType.TEXT_HTML)
class YoungPeoplePage {

    static final int CHRONOLOGY_PAGE_SIZE = 20;
    static final int LIST_PAGE_SIZE = 50;

    private final CaseloadService caseloads;
    private final VisibilityService visibility;
    private final YoungPersonCards cards;
    private final AllocationService allocations;
    private final ChronologyService chronology;
    private final ProcessViewService processes;
    private final DueWording wording;
    private final SignedIn signedIn;
    private final YoungPersonRecordService records;
    private final YoungPersonFile file;
    private final RiskService risks;

    YoungPeoplePage(CaseloadService caseloads, VisibilityService visibility, YoungPersonCards cards, AllocationService allocations,
                    ChronologyService chronology, ProcessViewService processes, DueWording wording, SignedIn signedIn,
                    YoungPersonRecordService records, YoungPersonFile file, RiskService risks) {
        this.caseloads = caseloads;
        this.visibility = visibility;
        this.cards = cards;
        this.allocations = allocations;
        this.chronology = chronology;
        this.processes = processes;
        this.wording = wording;
        this.signedIn = signedIn;
        this.records = records;
        this.file = file;
        this.risks = risks;
    }

    /** The caller's caseload (a manager's team, an IRO's young people) as filtered and sorted, a page at a time, with the total. */
    record ListView(CaseloadForm form, List<Row> people, long total, int page, boolean morePages, List<Choice> statuses,
                    List<Choice> inTouchCodes, List<Choice> sorts, Map<UUID, List<String>> riskBadges) {

        public boolean earlierPages() {
            return page > 0;
        }
    }

    /** An option of a filter: the value sent and its words. */
    record Choice(String value, String words) {
    }

    /** A young person in the list: what a manager scans, in words. */
    record Row(UUID id, String name, String localId, int age, String status, String socialWorker, String personalAdviser,
               String accommodation, boolean unsuitable, String activity, String inTouch, String lastContact, String nextReview,
               String flags, String lostTouch) {
    }

    /** The record's history on the page: care episodes with how they ended, accommodation with its suitability judgement. */
    record RecordView(List<EpisodeView> episodes, List<AccommodationView> accommodation, boolean canRecordLeavingCare, List<Fact> now) {
    }

    /** A labelled value of the record today (activity, in touch, cohort flags). */
    record Fact(String label, String value) {
    }

    /** A care episode as shown; {@code ended} is null while it goes on. */
    record EpisodeView(String from, String ended, String basis, String reason, String approval) {
    }

    /** An accommodation entry as shown. */
    record AccommodationView(String from, boolean planned, String type, String where, boolean suitable, String rationale, String judgedBy) {
    }

    /** One young person's page; {@code chronologyPage} counts from 0, newest entries first. */
    record View(YoungPersonCard person, List<Allocated> allocations, List<ProcessView> processes, List<Entry> chronology,
                long chronologyTotal, int chronologyPage, boolean olderEntries, boolean canRaiseDispute, RecordView record,
                YoungPersonFile.View file) {

        public boolean newerEntries() {
            return chronologyPage > 0;
        }

        public int newerPage() {
            return chronologyPage - 1;
        }

        public int olderPage() {
            return chronologyPage + 1;
        }
    }

    /** An allocation, current ({@code to} null) or past ({@code reason} given when a manager ended it). */
    record Allocated(String role, String name, String from, String to, String reason) {
    }

    /** A running process: the steps it waits at, in words, and the same steps' BPMN ids for the diagram to highlight. */
    record ProcessView(String id, String name, String startedOn, String diagramUrl, String currentStepIds, String currentStepNames,
                       List<StepView> steps) {
    }

    /** A step a process waits at, with its task (if it is one), who has it and when it is due. */
    record StepView(String id, String name, String taskId, String assignee, Due due) {
    }

    /** A chronology entry as shown; {@code link} is a page, when there is one for the record. */
    record Entry(String when, String kind, String title, String detail, String by, String link) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance youngPeople(ListView view);

        static native TemplateInstance youngPerson(View view);
    }

    @GET
    public TemplateInstance list(@BeanParam CaseloadForm form) {
        Page<CaseloadEntry> caseload = caseloads.list(form.filter(LIST_PAGE_SIZE), signedIn.caller());
        List<Row> rows = caseload.items().stream().map(YoungPeoplePage::row).toList();
        return Templates.youngPeople(new ListView(form, rows, caseload.total(), form.pageNumber(),
                (long) (form.pageNumber() + 1) * LIST_PAGE_SIZE < caseload.total(),
                Arrays.stream(CareStatus.values()).map(status -> new Choice(status.name(), YoungPersonCards.readable(status.name()))).toList(),
                caseloads.inTouchCodes().stream().map(code -> new Choice(code.code(), code.description())).toList(),
                List.of(new Choice("name", "Name"), new Choice("age", "Age"), new Choice("status", "Status"),
                        new Choice("lastContact", "Last contact (longest ago first)"), new Choice("reviewDue", "Next review due")),
                riskBadges(rows)));
    }

    /** The active risks of the page's young people, in words, in one query for the page. */
    private Map<UUID, List<String>> riskBadges(List<Row> rows) {
        Map<UUID, List<String>> badges = new java.util.HashMap<>();
        risks.activeRisks(rows.stream().map(Row::id).toList())
                .forEach((id, kinds) -> badges.put(id, kinds.stream().map(RiskKind::words).toList()));
        return badges;
    }

    private static Row row(CaseloadEntry entry) {
        String accommodation = entry.accommodation() == null ? null : entry.accommodation().description()
                + (entry.accommodation().suitable() ? " (suitable)" : " (not suitable)");
        String inTouch = entry.inTouch() == null ? null : entry.inTouch().description()
                + (entry.inTouch().fromContact() ? " (contact on " + DueWording.date(entry.inTouch().since()) + ")" : "");
        String lastContact = entry.lastContactOn() == null ? "None recorded" : DueWording.date(entry.lastContactOn()) + " ("
                + entry.daysSinceContact() + (entry.daysSinceContact() == 1 ? " day ago)" : " days ago)");
        String review = entry.nextReviewDue() == null ? (entry.planOutOfDate() ? "No plan signed off" : null)
                : DueWording.date(entry.nextReviewDue()) + (entry.planOutOfDate() ? " (plan out of date)" : "");
        return new Row(entry.id(), entry.name(), entry.localId(), entry.age(), entry.statusWords(),
                entry.socialWorker() == null ? null : entry.socialWorker().name(),
                entry.personalAdviser() == null ? null : entry.personalAdviser().name(), accommodation,
                entry.accommodation() != null && !entry.accommodation().suitable(),
                entry.activity() == null ? null : entry.activity().description(), inTouch, lastContact, review,
                entry.flags().stream().map(CohortFlag::words).collect(Collectors.joining(", ")), lostTouch(entry.keepingInTouch()));
    }

    /** The lost-touch flag in words ("Possibly not in touch since 4 December 2026"), or null when in touch. */
    private static String lostTouch(CaseloadEntry.KeepingInTouch keeping) {
        return keeping.state() == InTouchState.IN_TOUCH ? null
                : keeping.words() + (keeping.since() == null ? "" : " since " + DueWording.date(keeping.since()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") UUID id, @QueryParam("chronologyPage") @DefaultValue("0") int chronologyPage) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        int page = Math.max(chronologyPage, 0);
        Page<ChronologyEntry> entries = chronology.chronology(id, caller, new Paging(page, CHRONOLOGY_PAGE_SIZE));
        List<Allocated> allocated = allocations.history(id, caller).stream().map(YoungPeoplePage::allocated).toList();
        List<ProcessView> running = processes.openProcesses(id, caller).stream().map(process -> process(id, process)).toList();
        return Templates.youngPerson(new View(cards.forTaskAbout(id), allocated, running,
                entries.items().stream().map(YoungPeoplePage::entry).toList(), entries.total(), page,
                (long) (page + 1) * CHRONOLOGY_PAGE_SIZE < entries.total(), caller.is(StaffRole.IRO), record(id, caller),
                file.of(id, caller)));
    }

    /**
     * The BPMN XML of the version a process of the young person's runs, for the diagram on their page: the pages' own route to
     * what {@code /api/process-models/{key}/diagram} serves to bearer tokens; 404 unless the process is one of theirs the caller may see.
     */
    @GET
    @Path("/{id}/processes/{processInstanceId}/diagram")
    @Produces(MediaType.APPLICATION_XML)
    public String diagram(@PathParam("id") UUID id, @PathParam("processInstanceId") String processInstanceId) {
        OpenProcessResponse process = processes.openProcesses(id, signedIn.caller()).stream()
                .filter(running -> running.id().equals(processInstanceId)).findFirst()
                .orElseThrow(() -> new NotFoundException("process", processInstanceId));
        return processes.diagram(process.processKey(), process.processVersion());
    }

    private RecordView record(UUID id, Caller caller) {
        List<CareEpisodeHistoryResponse> episodes = records.careEpisodes(id, caller);
        return new RecordView(episodes.stream().map(YoungPeoplePage::episode).toList(),
                records.accommodation(id, caller).stream().map(YoungPeoplePage::accommodation).toList(),
                (caller.is(StaffRole.MANAGER) || caller.is(StaffRole.ADMIN)) && episodes.stream().anyMatch(e -> e.end() == null),
                now(id, caller));
    }

    /** The latest activity and in-touch status, and the cohort flags set now (the latest change of each flag), in words. */
    private List<Fact> now(UUID id, Caller caller) {
        List<Fact> facts = new java.util.ArrayList<>();
        records.activity(id, caller).stream().findFirst().ifPresent(activity -> facts.add(new Fact("Activity",
                activity.description() + " (from " + DueWording.date(activity.effectiveOn()) + ")")));
        records.inTouch(id, caller).stream().findFirst().ifPresent(touch -> facts.add(new Fact("In touch", touch.description()
                + " (from " + DueWording.date(touch.effectiveOn()) + ")" + (touch.note() == null ? "" : ": " + touch.note()))));
        java.util.Map<app.waypoint.people.record.flags.CohortFlag, FlagChangeResponse> latest = new java.util.EnumMap<>(app.waypoint.people.record.flags.CohortFlag.class);
        records.flagHistory(id, caller).forEach(change -> latest.putIfAbsent(change.flag(), change));
        latest.values().stream().filter(FlagChangeResponse::set).forEach(flag -> facts.add(new Fact("Cohort", flag.flagName()
                + " (from " + DueWording.date(flag.effectiveOn()) + ")" + (flag.detail() == null ? "" : ": " + flag.detail()))));
        return facts;
    }

    private static EpisodeView episode(CareEpisodeHistoryResponse episode) {
        String approval = episode.approverRole() == null ? null : "Approved by " + episode.approvedBy() + " ("
                + episode.approverRole().words() + ") on " + DueWording.date(episode.approvedOn());
        return new EpisodeView(DueWording.date(episode.start()), episode.end() == null ? null : DueWording.date(episode.end()),
                YoungPersonCards.readable(episode.legalBasis().name()), episode.endReason() == null ? null : episode.endReason().words(),
                approval);
    }

    private static AccommodationView accommodation(AccommodationResponse entry) {
        return new AccommodationView(DueWording.date(entry.startDate()), entry.planned(), entry.categoryDescription(),
                entry.addressOrProvider() + (entry.sharedHousing() ? " (shared housing)" : ""), entry.suitable(), entry.rationale(),
                entry.judgedBy());
    }

    private ProcessView process(UUID youngPersonId, OpenProcessResponse process) {
        List<StepView> steps = process.currentSteps().stream().map(this::step).toList();
        return new ProcessView(process.id(), process.processName(), PageTimes.day(process.startedAt()),
                "/young-people/" + youngPersonId + "/processes/" + process.id() + "/diagram",
                steps.stream().map(StepView::id).collect(Collectors.joining(" ")),
                steps.stream().map(StepView::name).collect(Collectors.joining(", ")), steps);
    }

    private StepView step(CurrentStep step) {
        return new StepView(step.id(), step.name() == null ? step.id() : step.name(), step.taskId(), step.assignee(),
                step.taskId() == null ? null : wording.of(step.due(), step.overdue()));
    }

    private static Allocated allocated(AllocationResponse allocation) {
        return new Allocated(YoungPersonCards.label(allocation.kind()), allocation.staffName(), DueWording.date(allocation.startedOn()),
                allocation.endedOn() == null ? null : DueWording.date(allocation.endedOn()), allocation.endReason());
    }

    private static Entry entry(ChronologyEntry entry) {
        return new Entry(PageTimes.when(entry.at()), YoungPersonCards.readable(entry.kind().name()), entry.title(), entry.detail(),
                entry.byName(), page(entry.link()));
    }

    /** The page of a chronology entry's record: a dispute has one; an escalation is on the escalations page. */
    private static String page(String apiLink) {
        if (apiLink == null) {
            return null;
        }
        if (apiLink.startsWith("/api/disputes/")) {
            return apiLink.substring("/api".length());
        }
        return apiLink.startsWith("/api/escalations/") ? "/escalations" : null;
    }
}
