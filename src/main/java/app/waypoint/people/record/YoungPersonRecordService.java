package app.waypoint.people.record;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.record.accommodation.AccommodationCategories.Category;
import app.waypoint.people.record.accommodation.AccommodationCategories;
import app.waypoint.people.record.accommodation.AccommodationChanged;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import app.waypoint.people.record.care.CareEpisodeHistoryResponse;
import app.waypoint.people.record.care.EndCareRequest;
import app.waypoint.people.record.care.LeavingCareApprover;
import app.waypoint.people.record.care.LeavingCareReason;
import app.waypoint.people.record.care.StartCareRequest;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.flags.FlagChangeResponse;
import app.waypoint.people.record.flags.FlagRequest;
import app.waypoint.people.record.identity.CorrectionRequest;
import app.waypoint.people.record.identity.CorrectionResponse;
import app.waypoint.people.record.returns.CodedStatusRequest;
import app.waypoint.people.record.returns.CodedStatusResponse;
import app.waypoint.people.record.returns.ReturnCodes;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CareStatusService;
import app.waypoint.people.youngpeople.EpisodeOfCare;
import app.waypoint.people.youngpeople.LifePeriod;
import app.waypoint.people.youngpeople.YoungPerson;
import app.waypoint.people.youngpeople.YoungPersonMapper;
import app.waypoint.people.youngpeople.YoungPersonRepository;
import app.waypoint.people.youngpeople.YoungPersonResponse;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.PreconditionRequiredException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Changes to a young person's record over time, each kept as history with who and when: the end of an episode of care (with
 * its reason and, before 18, its approval) and the accommodation history. Every change takes the record's row lock, checks
 * the version the client read ({@code If-Match}) and moves the version on, so of two edits made from the same reading one
 * wins and the other gets 409. Status and key dates are recomputed from the changed history in the answer.
 */
@ApplicationScoped
public class YoungPersonRecordService {

    /**
     * The {@code If-Match} of a change made on whatever version is current: another feature's change in the same request (a
     * significant change), the demo council. A client's change must name the version it read: without {@code If-Match}, 428.
     */
    public static final String ANY_VERSION = "*";

    private final VisibilityService visibility;
    private final YoungPersonRepository youngPeople;
    private final AccommodationRepository accommodation;
    private final AccommodationCategories categories;
    private final FlagChangeRepository flags;
    private final CodedStatusRepository coded;
    private final IdentityCorrectionRepository corrections;
    private final ReturnCodes activities = ReturnCodes.read("returns/ssda903-activity.csv");
    private final ReturnCodes inTouch = ReturnCodes.read("returns/ssda903-in-touch.csv");
    private final CareStatusService statuses;
    private final YoungPersonMapper mapper;
    private final WaypointClock clock;
    private final Event<AccommodationChanged> accommodationChanged;

    YoungPersonRecordService(VisibilityService visibility, YoungPersonRepository youngPeople, AccommodationRepository accommodation,
                             AccommodationCategories categories, FlagChangeRepository flags, CodedStatusRepository coded,
                             IdentityCorrectionRepository corrections, CareStatusService statuses, YoungPersonMapper mapper,
                             WaypointClock clock, Event<AccommodationChanged> accommodationChanged) {
        this.accommodationChanged = accommodationChanged;
        this.corrections = corrections;
        this.flags = flags;
        this.coded = coded;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.accommodation = accommodation;
        this.categories = categories;
        this.statuses = statuses;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Ends the current episode of care (a manager or administrator): 422 naming the fields when the end is impossible or a
     * child leaving before 18 has no approval recorded; nothing is saved then. Returns the record with its new status.
     */
    @Transactional
    public YoungPersonResponse endCare(UUID youngPersonId, EndCareRequest request, String ifMatch, Caller caller) {
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator may record that a young person left care.");
        }
        YoungPerson person = lockedForChange(youngPersonId, ifMatch, caller);
        EpisodeOfCare episode = person.currentEpisode().orElseThrow(() -> new RuleViolationException("no-current-episode",
                person.fullName() + " has no episode of care going on to end.", List.of(new FieldError("endDate", "there is no current episode of care"))));
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>();
        LocalDate end = request.endDate();
        if (end.isAfter(today)) {
            errors.add(new FieldError("endDate", "must not be in the future"));
        }
        if (!end.isAfter(episode.startDate)) {
            errors.add(new FieldError("endDate", "must be after the start of the episode of care (" + episode.startDate + ")"));
        }
        LocalDate eighteenth = Birthdays.anniversary(person.dateOfBirth, 18);
        if (request.reason() == LeavingCareReason.TURNED_18 && !end.equals(eighteenth)) {
            errors.add(new FieldError("reason", "“Turned 18” ends care on the 18th birthday (" + eighteenth + ")"));
        }
        if (request.reason() == LeavingCareReason.STAYING_PUT && end.isBefore(eighteenth)) {
            errors.add(new FieldError("reason", "staying put (s23CZA) begins at 18: care ends on or after the 18th birthday (" + eighteenth + ")"));
        }
        if (end.isBefore(eighteenth)) {
            checkApproval(request.approval(), end, episode.legalBasis == LegalBasis.SECTION_20 && Birthdays.age(person.dateOfBirth, end) >= 16,
                    today, errors);
        }
        if (request.accommodation() != null) {
            checkAccommodation("accommodation.", request.accommodation(), person, today, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-leaving-care", "The end of care cannot be recorded as it is.", errors);
        }
        episode.endDate = end;
        episode.endReason = request.reason();
        episode.endNote = blankToNull(request.note());
        episode.endedBy = caller.username();
        episode.endRecordedAt = clock.now();
        if (end.isBefore(eighteenth)) {
            episode.approverRole = request.approval().approverRole();
            episode.approvedBy = request.approval().approvedBy().trim();
            episode.approvedOn = request.approval().approvedOn();
        }
        startPeriodFor(person, request.reason(), end);
        if (request.reason() == LeavingCareReason.STAYING_PUT) {
            flags.persist(new FlagChange(person.id, new FlagRequest(CohortFlag.STAYING_PUT, true, end, null,
                    "Left care to stay put with their former foster carers"), clock.now(), caller.username()));
        }
        if (request.accommodation() != null) {
            accommodation.persist(new Accommodation(person.id, request.accommodation(), request.accommodation().startDate().isAfter(today),
                    clock.now(), caller.username()));
        }
        person.recordVersion++;
        return mapper.toResponse(person, statuses.assess(person));
    }

    /**
     * Starts a new episode of care (a manager or administrator): a child who left care comes back. 422 naming the field when an
     * episode is going on, the start is in the future, before the last episode ended or the date of birth, or on or after the 18th
     * birthday; nothing is saved then. A period living at home with a parent ends the day care starts again. Returns the record
     * with its status recomputed at once.
     */
    @Transactional
    public YoungPersonResponse startCare(UUID youngPersonId, StartCareRequest request, String ifMatch, Caller caller) {
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator may record that a young person came into care.");
        }
        YoungPerson person = lockedForChange(youngPersonId, ifMatch, caller);
        LocalDate start = request.startDate();
        List<FieldError> errors = new ArrayList<>();
        person.currentEpisode().ifPresent(current -> errors.add(new FieldError("startDate",
                "an episode of care is going on (since " + current.startDate + "); end it first")));
        if (start.isAfter(clock.today())) {
            errors.add(new FieldError("startDate", "must not be in the future"));
        }
        if (start.isBefore(person.dateOfBirth)) {
            errors.add(new FieldError("startDate", "must not be before the date of birth"));
        }
        if (!start.isBefore(Birthdays.anniversary(person.dateOfBirth, 18))) {
            errors.add(new FieldError("startDate", "must be before the 18th birthday: only a child comes into care"));
        }
        person.episodes.stream().filter(e -> e.endDate != null && start.isBefore(e.endDate)).findFirst()
                .ifPresent(overlapped -> errors.add(new FieldError("startDate", "episodes never overlap: must not be before the end of the "
                        + "episode from " + overlapped.startDate + " to " + overlapped.endDate)));
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-care-start", "The start of care cannot be recorded as it is.", errors);
        }
        EpisodeOfCare episode = new EpisodeOfCare(person.id, start, null, request.legalBasis());
        episode.startedBy = caller.username();
        episode.startRecordedAt = clock.now();
        episode.startNote = blankToNull(request.note());
        person.episodes.add(episode);
        person.lifePeriods.stream().filter(p -> p.kind == LifePeriod.Kind.HOME_WITH_PARENT && p.endDate == null && start.isAfter(p.startDate))
                .forEach(home -> home.endDate = start);
        person.recordVersion++;
        return mapper.toResponse(person, statuses.assess(person));
    }

    /** Records where the young person lives (or will live, for a planned move) from a date; staff working with them. */
    @Transactional
    public AccommodationResponse recordAccommodation(UUID youngPersonId, AccommodationRequest request, String ifMatch, Caller caller) {
        return recordAccommodation(youngPersonId, request, ifMatch, caller, "");
    }

    private AccommodationResponse recordAccommodation(UUID youngPersonId, AccommodationRequest request, String ifMatch, Caller caller,
                                                      String prefix) {
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("An IRO reads the record but does not record accommodation.");
        }
        YoungPerson person = lockedForChange(youngPersonId, ifMatch, caller);
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>();
        checkAccommodation(prefix, request, person, today, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-accommodation", "The accommodation cannot be recorded as it is.", errors);
        }
        Accommodation recorded = new Accommodation(person.id, request, request.startDate().isAfter(today), clock.now(), caller.username());
        accommodation.persist(recorded);
        person.recordVersion++;
        accommodationChanged.fire(new AccommodationChanged(person.id, recorded.category, recorded.startDate));
        return toResponse(recorded);
    }

    /**
     * Records a move as part of another feature's change (a significant change of kind MOVE), under the same rules and lock;
     * the fields at fault are named under {@code accommodation.}.
     */
    @Transactional
    public AccommodationResponse recordMove(UUID youngPersonId, AccommodationRequest request, Caller caller) {
        return recordAccommodation(youngPersonId, request, ANY_VERSION, caller, "accommodation.");
    }

    /**
     * Sets or clears a cohort flag from a day (staff working with the young person; not an IRO): kept as history, and the
     * record's current flags follow. 422 naming {@code effectiveOn} for a day in the future or before birth.
     */
    @Transactional
    public FlagChangeResponse changeFlag(UUID youngPersonId, FlagRequest request, String ifMatch, Caller caller) {
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("An IRO reads the record but does not change its flags.");
        }
        YoungPerson person = lockedForChange(youngPersonId, ifMatch, caller);
        List<FieldError> errors = new ArrayList<>();
        checkEffectiveOn(request.effectiveOn(), person, errors);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-flag", "The flag cannot be changed as asked.", errors);
        }
        FlagChange change = new FlagChange(person.id, request, clock.now(), caller.username());
        flags.persist(change);
        apply(person, request.flag(), request.set());
        person.recordVersion++;
        return toResponse(change);
    }

    /**
     * Custody from a day (a significant change of kind CUSTODY): the custody period the status rules read, and the in-custody
     * flag, both from that day.
     */
    @Transactional
    public FlagChangeResponse startCustody(UUID youngPersonId, java.time.LocalDate from, String reason, Caller caller) {
        FlagChangeResponse flagged = changeFlag(youngPersonId, new FlagRequest(CohortFlag.IN_CUSTODY, true, from, null, reason), ANY_VERSION, caller);
        YoungPerson person = youngPeople.findById(youngPersonId);
        if (person.lifePeriods.stream().noneMatch(p -> p.kind == LifePeriod.Kind.CUSTODY_OR_HOSPITAL && p.endDate == null)) {
            person.lifePeriods.add(new LifePeriod(person.id, LifePeriod.Kind.CUSTODY_OR_HOSPITAL, from, null));
            statuses.assess(person);
        }
        return flagged;
    }

    /** The flag history, latest first; 404 unless the caller may see the young person. */
    @Transactional
    public List<FlagChangeResponse> flagHistory(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return flags.ofYoungPerson(youngPersonId).stream().map(YoungPersonRecordService::toResponse).toList();
    }

    /** Records the young person's activity (SSDA903 education, employment or training code) from a day. */
    @Transactional
    public CodedStatusResponse recordActivity(UUID youngPersonId, CodedStatusRequest request, String ifMatch, Caller caller) {
        return recordCoded(CodedStatus.Kind.ACTIVITY, activities, youngPersonId, request, ifMatch, caller, false);
    }

    /** Records whether the council is in touch with the young person (SSDA903 in-touch code) from a day, with the reason. */
    @Transactional
    public CodedStatusResponse recordInTouch(UUID youngPersonId, CodedStatusRequest request, String ifMatch, Caller caller) {
        return recordCoded(CodedStatus.Kind.IN_TOUCH, inTouch, youngPersonId, request, ifMatch, caller, true);
    }

    /** The activity history, latest first; 404 unless the caller may see the young person. */
    @Transactional
    public List<CodedStatusResponse> activity(UUID youngPersonId, Caller caller) {
        return codedHistory(CodedStatus.Kind.ACTIVITY, activities, youngPersonId, caller);
    }

    /** The in-touch history, latest first; 404 unless the caller may see the young person. */
    @Transactional
    public List<CodedStatusResponse> inTouch(UUID youngPersonId, Caller caller) {
        return codedHistory(CodedStatus.Kind.IN_TOUCH, inTouch, youngPersonId, caller);
    }

    private CodedStatusResponse recordCoded(CodedStatus.Kind kind, ReturnCodes codes, UUID youngPersonId, CodedStatusRequest request,
                                            String ifMatch, Caller caller, boolean reasonRequired) {
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("An IRO reads the record but does not change it.");
        }
        YoungPerson person = lockedForChange(youngPersonId, ifMatch, caller);
        List<FieldError> errors = new ArrayList<>();
        Optional<ReturnCodes.Code> code = codes.find(request.code());
        if (code.isEmpty()) {
            errors.add(new FieldError("code", "must be one of " + codes.all().stream().map(c -> c.code() + " (" + c.description() + ")")
                    .collect(Collectors.joining(", "))));
        }
        checkEffectiveOn(request.effectiveOn(), person, errors);
        if (reasonRequired && (request.note() == null || request.note().isBlank())) {
            errors.add(new FieldError("note", "give the reason"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "The change cannot be recorded as it is.", errors);
        }
        CodedStatus status = new CodedStatus(person.id, kind, code.get().code(), request.effectiveOn(), blankToNull(request.note()),
                clock.now(), caller.username());
        coded.persist(status);
        person.recordVersion++;
        return toResponse(status, codes);
    }

    private List<CodedStatusResponse> codedHistory(CodedStatus.Kind kind, ReturnCodes codes, UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return coded.ofYoungPerson(youngPersonId, kind).stream().map(status -> toResponse(status, codes)).toList();
    }

    private static CodedStatusResponse toResponse(CodedStatus status, ReturnCodes codes) {
        return new CodedStatusResponse(status.id, status.code, codes.find(status.code).map(ReturnCodes.Code::description).orElse(status.code),
                status.effectiveOn, status.note, status.recordedAt, status.recordedBy);
    }

    /**
     * Corrects the young person's identity (a manager or administrator, with the reason): each field changed is kept with its
     * value before and after. 422 naming the field for a date of birth in the future or after the care history starts, or
     * nothing to correct; 409 for a local id another young person has. Status and key dates follow the corrected date of birth.
     */
    @Transactional
    public YoungPersonResponse correct(UUID youngPersonId, CorrectionRequest request, String ifMatch, Caller caller) {
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager or an administrator may correct a young person's identity.");
        }
        YoungPerson person = lockedForChange(youngPersonId, ifMatch, caller);
        List<FieldError> errors = new ArrayList<>();
        LocalDate born = request.dateOfBirth();
        if (born != null) {
            LocalDate earliest = java.util.stream.Stream.concat(person.episodes.stream().map(e -> e.startDate),
                    person.lifePeriods.stream().map(p -> p.startDate)).min(LocalDate::compareTo).orElse(null);
            if (born.isAfter(clock.today())) {
                errors.add(new FieldError("dateOfBirth", "must not be in the future"));
            } else if (earliest != null && born.isAfter(earliest)) {
                errors.add(new FieldError("dateOfBirth", "must not be after the start of the recorded care history (" + earliest + ")"));
            }
        }
        for (String[] text : new String[][] {{"givenName", request.givenName()}, {"familyName", request.familyName()},
                {"localId", request.localId()}}) {
            if (text[1] != null && text[1].isBlank()) {
                errors.add(new FieldError(text[0], "must not be blank"));
            }
        }
        List<String[]> changed = new ArrayList<>();
        changedField(changed, "givenName", person.givenName, request.givenName());
        changedField(changed, "familyName", person.familyName, request.familyName());
        changedField(changed, "dateOfBirth", person.dateOfBirth.toString(), born == null ? null : born.toString());
        changedField(changed, "localId", person.localId, request.localId());
        if (changed.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("givenName", "give at least one of givenName, familyName, dateOfBirth, localId that differs from the record"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("invalid-correction", "The correction cannot be made as it is.", errors);
        }
        if (request.localId() != null && !request.localId().trim().equals(person.localId) && youngPeople.localIdTaken(request.localId().trim())) {
            throw new ConflictException("local-id-taken", "A young person with local id " + request.localId().trim() + " is already recorded.");
        }
        for (String[] field : changed) {
            corrections.persist(new IdentityCorrection(person.id, field[0], field[1], field[2], request.reason().trim(), clock.now(),
                    caller.username()));
            switch (field[0]) {
                case "givenName" -> person.givenName = field[2];
                case "familyName" -> person.familyName = field[2];
                case "dateOfBirth" -> person.dateOfBirth = LocalDate.parse(field[2]);
                default -> person.localId = field[2];
            }
        }
        person.recordVersion++;
        return mapper.toResponse(person, statuses.assess(person));
    }

    /** The identity corrections, latest first; 404 unless the caller may see the young person. */
    @Transactional
    public List<CorrectionResponse> corrections(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return corrections.ofYoungPerson(youngPersonId).stream().map(c -> new CorrectionResponse(c.id, c.field, c.oldValue, c.newValue,
                c.reason, c.recordedAt, c.recordedBy)).toList();
    }

    private static void changedField(List<String[]> changed, String field, String before, String after) {
        if (after != null && !after.isBlank() && !after.trim().equals(before)) {
            changed.add(new String[] {field, before, after.trim()});
        }
    }

    private static void apply(YoungPerson person, CohortFlag flag, boolean set) {
        switch (flag) {
            case UASC -> person.uasc = set;
            case YOUNG_PARENT -> person.parent = set;
            case IN_CUSTODY -> person.inCustody = set;
            case DISABLED -> person.disabled = set;
            default -> {
                // staying put and House Project membership live in the history alone
            }
        }
    }

    private static FlagChangeResponse toResponse(FlagChange change) {
        return new FlagChangeResponse(change.id, change.flag, change.flag.words(), change.set, change.effectiveOn, change.detail, change.reason,
                change.recordedAt, change.recordedBy);
    }

    /** The accommodation history, latest start first; 404 unless the caller may see the young person. */
    @Transactional
    public List<AccommodationResponse> accommodation(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return accommodation.ofYoungPerson(youngPersonId).stream().map(this::toResponse).toList();
    }

    /** The latest entry of the accommodation history (the latest start, planned or not), for features (no visibility check). */
    @Transactional
    public Optional<AccommodationResponse> latestAccommodation(UUID youngPersonId) {
        return accommodation.ofYoungPerson(youngPersonId).stream().findFirst().map(this::toResponse);
    }

    /** The care episodes with how each ended, latest start first; 404 unless the caller may see the young person. */
    @Transactional
    public List<CareEpisodeHistoryResponse> careEpisodes(UUID youngPersonId, Caller caller) {
        YoungPerson person = visibility.visible(youngPersonId, caller);
        return person.episodes.stream()
                .sorted((a, b) -> b.startDate.compareTo(a.startDate))
                .map(e -> new CareEpisodeHistoryResponse(e.id, e.startDate, e.endDate, e.legalBasis, e.endReason, e.endNote, e.endedBy,
                        e.endRecordedAt, e.approverRole, e.approvedBy, e.approvedOn, e.startedBy, e.startRecordedAt, e.startNote))
                .toList();
    }

    /** The SSDA903 accommodation categories offered. */
    public List<Category> accommodationCategories() {
        return categories.all();
    }

    private YoungPerson lockedForChange(UUID youngPersonId, String ifMatch, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        YoungPerson person = visibility.visible(youngPersonId, caller);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException("If-Match", "Say which version of the record your change is made on: send the ETag "
                    + "of GET /api/young-people/" + youngPersonId + " as If-Match (or * to change whatever version is current).");
        }
        youngPeople.getEntityManager().refresh(person, LockModeType.PESSIMISTIC_WRITE);
        Optional<Long> expected = version(ifMatch);
        if (expected.isPresent() && expected.get() != person.recordVersion) {
            throw new ConflictException("stale-record", "The record was changed by someone else since you read it (you had version "
                    + expected.get() + ", it is now " + person.recordVersion + "). Read it again and make your change on the new version.");
        }
        return person;
    }

    /** The version an {@code If-Match} header names: {@code "3"}, {@code W/"3"} or {@code 3}; absent for {@code *} (any version). */
    static Optional<Long> version(String ifMatch) {
        if (ifMatch.trim().equals("*")) {
            return Optional.empty();
        }
        String value = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }

    private static void checkApproval(EndCareRequest.Approval approval, LocalDate end, boolean section20At16or17, LocalDate today,
                                      List<FieldError> errors) {
        if (approval == null) {
            errors.add(new FieldError("approval", "leaving care before 18 needs the approval recorded: who approved it, their role and the date"));
            return;
        }
        if (approval.approverRole() == null) {
            errors.add(new FieldError("approval.approverRole", "select who approved leaving care before 18"));
        } else if (section20At16or17 && approval.approverRole() != LeavingCareApprover.DCS) {
            errors.add(new FieldError("approval.approverRole",
                    "a 16- or 17-year-old accommodated under section 20 leaves care with the approval of the Director of Children's Services"));
        }
        if (approval.approvedBy() == null || approval.approvedBy().isBlank()) {
            errors.add(new FieldError("approval.approvedBy", "enter the name of the person who approved it"));
        }
        if (approval.approvedOn() == null) {
            errors.add(new FieldError("approval.approvedOn", "enter the date it was approved"));
        } else if (approval.approvedOn().isAfter(end) || approval.approvedOn().isAfter(today)) {
            errors.add(new FieldError("approval.approvedOn", "must be on or before the day care ended, and not in the future"));
        }
    }

    /** A change recorded from a day: not in the future, not before the young person was born. */
    private void checkEffectiveOn(LocalDate effectiveOn, YoungPerson person, List<FieldError> errors) {
        if (effectiveOn.isAfter(clock.today())) {
            errors.add(new FieldError("effectiveOn", "must not be in the future"));
        }
        if (effectiveOn.isBefore(person.dateOfBirth)) {
            errors.add(new FieldError("effectiveOn", "must not be before the date of birth"));
        }
    }

    private void checkAccommodation(String prefix, AccommodationRequest request, YoungPerson person, LocalDate today, List<FieldError> errors) {
        Optional<Category> category = categories.find(request.category());
        if (category.isEmpty()) {
            errors.add(new FieldError(prefix + "category", "must be one of the SSDA903 accommodation categories: "
                    + categories.all().stream().map(Category::code).collect(Collectors.joining(", "))));
        }
        if (request.startDate() == null) {
            errors.add(new FieldError(prefix + "startDate", "must be given"));
        } else {
            checkStart(prefix, request, person, today, errors);
        }
        // an accommodation change is never completed without a suitability judgement and who made it, whoever records it
        if (request.suitable() == null) {
            errors.add(new FieldError(prefix + "suitable", "judge whether the accommodation is suitable before recording the change"));
        }
        if (request.judgedBy() == null || request.judgedBy().isBlank()) {
            errors.add(new FieldError(prefix + "judgedBy", "say who judged the suitability"));
        }
        boolean needsRationale = !Boolean.TRUE.equals(request.suitable()) || request.sharedHousing()
                || category.map(Category::rationaleRequired).orElse(false);
        if (needsRationale && (request.rationale() == null || request.rationale().isBlank())) {
            errors.add(new FieldError(prefix + "rationale",
                    "give the reason for this accommodation and the suitability judgement (required when it is not suitable, shared "
                            + "housing, bed and breakfast, emergency accommodation or no fixed abode)"));
        }
    }

    private void checkStart(String prefix, AccommodationRequest request, YoungPerson person, LocalDate today, List<FieldError> errors) {
        if (request.startDate().isBefore(person.dateOfBirth)) {
            errors.add(new FieldError(prefix + "startDate", "must not be before the date of birth"));
        }
        if (request.startDate().isAfter(today.plusYears(1))) {
            errors.add(new FieldError(prefix + "startDate", "a planned move can be at most a year ahead"));
        }
        accommodation.ofYoungPerson(person.id).stream().filter(a -> !a.planned).findFirst()
                .filter(current -> request.startDate().isBefore(current.startDate))
                .ifPresent(current -> errors.add(new FieldError(prefix + "startDate",
                        "must not be before the start of the accommodation already recorded (" + current.startDate + ")")));
    }

    private static void startPeriodFor(YoungPerson person, LeavingCareReason reason, LocalDate from) {
        LifePeriod.Kind kind = switch (reason) {
            case RETURNED_HOME -> LifePeriod.Kind.HOME_WITH_PARENT;
            case CUSTODY -> LifePeriod.Kind.CUSTODY_OR_HOSPITAL;
            default -> null;
        };
        if (kind != null && person.lifePeriods.stream().noneMatch(p -> p.kind == kind && p.endDate == null)) {
            person.lifePeriods.add(new LifePeriod(person.id, kind, from, null));
        }
    }

    private AccommodationResponse toResponse(Accommodation entry) {
        String description = categories.find(entry.category).map(Category::description).orElse(entry.category);
        return new AccommodationResponse(entry.id, entry.category, description, entry.category + (entry.suitable ? "1" : "2"),
                entry.addressOrProvider, entry.startDate, entry.planned && entry.startDate.isAfter(clock.today()), entry.sharedHousing,
                entry.suitable, entry.rationale, entry.judgedBy, entry.recordedAt, entry.recordedBy);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
