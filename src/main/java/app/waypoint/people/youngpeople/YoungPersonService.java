package app.waypoint.people.youngpeople;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.TeamRepository;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.status.StatusAssessment;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.PeriodInput;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.Paging;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.ScanBatches;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Young people: record them, list and read them as the caller may, and tell other features the facts they need. */
@ApplicationScoped
public class YoungPersonService {

    private static final Set<CareStatus> TRANSITION_STATUSES = Set.of(CareStatus.ELIGIBLE, CareStatus.RELEVANT);

    private final YoungPersonRepository youngPeople;
    private final TeamRepository teams;
    private final VisibilityService visibility;
    private final CareStatusService statuses;
    private final YoungPersonMapper mapper;
    private final WaypointClock clock;
    private final AuditService audit;
    private final ScanBatches scanBatches;

    YoungPersonService(YoungPersonRepository youngPeople, TeamRepository teams, VisibilityService visibility, CareStatusService statuses,
                       YoungPersonMapper mapper, WaypointClock clock, AuditService audit,
                       ScanBatches scanBatches) {
        this.scanBatches = scanBatches;
        this.youngPeople = youngPeople;
        this.teams = teams;
        this.visibility = visibility;
        this.statuses = statuses;
        this.mapper = mapper;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public YoungPersonResponse create(CreateYoungPersonRequest request, Caller caller) {
        if (!caller.is(StaffRole.ADMIN) && !(caller.is(StaffRole.MANAGER) && request.teamId().equals(caller.teamId()))) {
            throw new ForbiddenException("Only a manager of the young person's team, or an administrator, may record a young person.");
        }
        if (teams.findByIdOptional(request.teamId()).isEmpty()) {
            throw new RuleViolationException("unknown-team", "There is no team with id " + request.teamId() + ".",
                    List.of(new FieldError("teamId", "no such team")));
        }
        checkDates(request);
        if (youngPeople.localIdTaken(request.localId())) {
            throw new ConflictException("local-id-taken", "A young person with local id " + request.localId() + " is already recorded.");
        }
        YoungPerson person = new YoungPerson(request.localId(), request.givenName(), request.familyName(), request.dateOfBirth(),
                request.teamId(), clock.now());
        person.fosterPlacement = request.fosterPlacement();
        person.uasc = request.uasc();
        person.parent = request.parent();
        person.inCustody = request.inCustody();
        person.disabled = request.disabled();
        request.episodes().forEach(e -> person.episodes.add(new EpisodeOfCare(person.id, e.start(), e.end(), e.legalBasis())));
        request.custodyOrHospitalPeriods().forEach(p -> person.lifePeriods.add(
                new LifePeriod(person.id, LifePeriod.Kind.CUSTODY_OR_HOSPITAL, p.start(), p.end())));
        request.homeWithParentPeriods().forEach(p -> person.lifePeriods.add(
                new LifePeriod(person.id, LifePeriod.Kind.HOME_WITH_PARENT, p.start(), p.end())));
        youngPeople.persist(person);
        audit.reached(person.id);
        return mapper.toResponse(person, statuses.assess(person));
    }

    @Transactional
    public YoungPersonResponse get(UUID id, Caller caller) {
        YoungPerson person = visibility.visible(id, caller);
        return mapper.toResponse(person, statuses.assess(person));
    }

    @Transactional
    public Page<YoungPersonSummary> list(Caller caller, Paging paging) {
        PanacheQuery<YoungPerson> query = switch (caller.role()) {
            case ADMIN -> youngPeople.all();
            case MANAGER -> youngPeople.inTeams(visibility.managedTeams(caller));
            case WORKER -> youngPeople.allocatedTo(caller.staffId(), VisibilityService.WORKER_KINDS);
            case IRO -> youngPeople.allocatedTo(caller.staffId(), VisibilityService.IRO_KINDS);
        };
        List<YoungPersonSummary> items = query.page(paging.page(), paging.size()).list().stream()
                .map(person -> mapper.toSummary(person, statuses.assess(person)))
                .toList();
        audit.reached(items.stream().map(YoungPersonSummary::id).toList());
        return new Page<>(items, query.count(), paging.page(), paging.size());
    }

    /**
     * Facts for driving a process, or for naming the young person in a row the caller was shown (a task, an escalation); no
     * visibility check (the process engine is not a caller). Within a staff request this is a read of the young person's record
     * for the audit trail: the one place tasklist and page rows get their young person's name.
     */
    @Transactional
    public YoungPersonFacts facts(UUID id) {
        YoungPerson person = youngPeople.findByIdOptional(id).orElseThrow(() -> new NotFoundException("young person", id.toString()));
        audit.reached(person.id);
        StatusAssessment assessment = statuses.assess(person);
        return new YoungPersonFacts(person.id, person.localId, person.fullName(), person.dateOfBirth, person.teamId,
                person.fosterPlacement, assessment.status(), assessment.keyDates());
    }

    /**
     * The names of these young people, by id, in one query (for a page of tasks); each is reported to the audit trail as reached
     * by the request. No visibility check: for callers that list only what the caller may see.
     */
    @Transactional
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = youngPeople.find("id in ?1", ids).project(NameOnly.class).list().stream()
                .collect(Collectors.toMap(NameOnly::id, name -> name.toName().name()));
        audit.reached(names.keySet());
        return names;
    }

    /**
     * Every young person's local id and name, by family name, for the audit's own pages (choosing whom to look up, naming whom
     * entries are about): reading the audit is not a read of these young people's records, so this is not audited. No visibility
     * check: for callers that have checked the reader is an administrator.
     */
    @Transactional
    public List<YoungPersonName> directory() {
        return youngPeople.all().project(NameOnly.class).list().stream().map(NameOnly::toName).toList();
    }

    /** The young person with this local id, as {@link #directory()} names them (not audited, no visibility check). */
    @Transactional
    public Optional<YoungPersonName> byLocalId(String localId) {
        return youngPeople.find("localId", localId).project(NameOnly.class).firstResultOptional().map(NameOnly::toName);
    }

    /** The dates of birth of everyone whose leaving-care transition may be due today: the daily scan's first narrowing, by age. */
    public BirthWindow transitionBirthWindow() {
        LocalDate today = clock.today();
        // The exact test is transitionOpens (dueForTransition). The window reaches 3 days further because 15 years 9 months from
        // a 29th to 31st is clamped to the end of a shorter month (born 31 July: due 30 April), which is earlier than subtracting
        // 15 years 9 months from that day (30 April: born 30 July) suggests.
        return new BirthWindow(today.minusYears(18), today.minusYears(15).minusMonths(9).plusDays(3));
    }

    /** Dates of birth from {@code earliest} to {@code latest}, both included. */
    public record BirthWindow(LocalDate earliest, LocalDate latest) {
    }

    /**
     * Of these young people, those whose leaving-care transition should be open today: from 15 years 9 months while in care
     * (care that counts towards eligibility), or eligible or relevant later; always before 18.
     */
    @Transactional
    public List<UUID> dueForTransition(List<UUID> candidates) {
        LocalDate today = clock.today();
        Function<YoungPerson, Stream<UUID>> pick = person -> Stream.of(person.id)
                .filter(id -> !today.isBefore(statuses.assess(person).keyDates().transitionOpens()))
                .filter(id -> Birthdays.age(person.dateOfBirth, today) < 18)
                .filter(id -> statuses.inCountingCareToday(person) || TRANSITION_STATUSES.contains(statuses.assess(person).status()));
        List<UUID> due = new ArrayList<>();
        scanBatches.of(candidates).forEach(batch -> take(youngPeople.list("id in ?1", batch), pick, due));
        return due;
    }

    /** Eligible young people in care today, with when that care began, for the looked-after review timetable. */
    @Transactional
    public List<InCareSince> eligibleInCare() {
        LocalDate today = clock.today();
        return scan(person -> statuses.assess(person).status() != CareStatus.ELIGIBLE ? Stream.empty()
                        : person.inCareSince(today).map(since -> new InCareSince(person.id, since, WaypointClock.dayOf(person.createdAt))).stream(),
                "dateOfBirth between ?1 and ?2", today.minusYears(18).plusDays(1), today.minusYears(16));
    }

    /** Young people from 16 to 25 whose status today is one of {@code wanted}, for a nightly scan (no visibility check). */
    @Transactional
    public List<UUID> withStatusToday(Set<CareStatus> wanted) {
        LocalDate today = clock.today();
        return scan(person -> wanted.contains(statuses.assess(person).status()) ? Stream.of(person.id) : Stream.empty(),
                "dateOfBirth between ?1 and ?2", today.minusYears(26).plusDays(1), today.minusYears(16));
    }

    /**
     * What {@code pick} finds in each young person matching the condition, for a nightly scan: read a batch at a time
     * ({@code waypoint.scans.batch-size}) with their care histories, and let go of after each batch, so that the scan's memory
     * does not grow with the number of young people (at national scale the scans once read up to 100,000 of them into one
     * transaction, and ran out of memory).
     */
    private <T> List<T> scan(Function<YoungPerson, Stream<T>> pick, String condition, Object... parameters) {
        List<T> found = new ArrayList<>();
        UUID after = null;
        List<YoungPerson> batch;
        do {
            batch = youngPeople.batchAfter(after, scanBatches.size(), condition, parameters);
            after = batch.isEmpty() ? null : batch.get(batch.size() - 1).id;
            take(batch, pick, found);
        } while (batch.size() == scanBatches.size());
        return found;
    }

    /** Adds what {@code pick} finds in each of a batch to {@code found}, then lets the batch go (written first, if changed). */
    private <T> void take(List<YoungPerson> batch, Function<YoungPerson, Stream<T>> pick, List<T> found) {
        batch.stream().flatMap(pick).forEach(found::add);
        youngPeople.flush();
        youngPeople.getEntityManager().clear();
    }

    record NameOnly(UUID id, String localId, String givenName, String familyName) {

        YoungPersonName toName() {
            return new YoungPersonName(id, localId, givenName + " " + familyName);
        }
    }

    private void checkDates(CreateYoungPersonRequest request) {
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>();
        if (request.dateOfBirth().isAfter(today)) {
            errors.add(new FieldError("dateOfBirth", "must not be in the future"));
        }
        for (int i = 0; i < request.episodes().size(); i++) {
            var episode = request.episodes().get(i);
            checkPeriod("careEpisodes[" + i + "]", new PeriodInput(episode.start(), episode.end()), request.dateOfBirth(), today, errors);
        }
        for (int i = 0; i < request.custodyOrHospitalPeriods().size(); i++) {
            checkPeriod("custodyOrHospital[" + i + "]", request.custodyOrHospitalPeriods().get(i), request.dateOfBirth(), today, errors);
        }
        for (int i = 0; i < request.homeWithParentPeriods().size(); i++) {
            checkPeriod("homeWithParent[" + i + "]", request.homeWithParentPeriods().get(i), request.dateOfBirth(), today, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-dates", "Some dates are impossible.", errors);
        }
    }

    private static void checkPeriod(String field, PeriodInput period, LocalDate dateOfBirth, LocalDate today, List<FieldError> errors) {
        if (period.start().isBefore(dateOfBirth)) {
            errors.add(new FieldError(field + ".start", "must not be before the date of birth"));
        }
        if (period.start().isAfter(today)) {
            errors.add(new FieldError(field + ".start", "must not be in the future"));
        }
        if (period.end() != null && !period.end().isAfter(period.start())) {
            errors.add(new FieldError(field + ".end", "must be after the start"));
        }
    }
}
