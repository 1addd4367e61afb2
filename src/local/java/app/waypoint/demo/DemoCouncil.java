package app.waypoint.demo;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.houseproject.domain.membership.CohortService;
import app.waypoint.houseproject.domain.membership.HouseProjectService;
import app.waypoint.houseproject.domain.records.CreateCohortRequest;
import app.waypoint.houseproject.domain.records.ReferralRequest;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationRequest;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.RecordContactRequest;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.flags.FlagRequest;
import app.waypoint.people.record.returns.CodedStatusRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.CreateStaffRequest;
import app.waypoint.people.staff.CreateTeamRequest;
import app.waypoint.people.staff.EscalationChainRequest;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest;
import app.waypoint.people.youngpeople.YoungPersonResponse;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.Paging;
import app.waypoint.shared.ScanPasses;
import app.waypoint.supervision.domain.records.BookSessionRequest;
import app.waypoint.supervision.domain.sessions.SupervisionService;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.transitions.TransitionService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A small council for the local demo, loaded once into an empty database: two teams, staff of every role, and young
 * people at every stage from 14 to 21, so a newcomer sees a living tasklist with some work already overdue, and the next
 * supervision sessions booked with their agendas.
 */
@ApplicationScoped
class DemoCouncil {

    private final StaffService staff;
    private final YoungPersonService youngPeople;
    private final AllocationService allocations;
    private final TransitionService transitions;
    private final ResponsibilityService responsibilities;
    private final CohortService cohorts;
    private final HouseProjectService houseProject;
    private final TaskQueries tasks;
    private final TaskCompletions completions;
    private final ContactService contacts;
    private final SupervisionService supervision;
    private final WaypointClock clock;
    private final YoungPersonRecordService records;
    private final boolean enabled;

    DemoCouncil(StaffService staff, YoungPersonService youngPeople, AllocationService allocations, TransitionService transitions,
                ResponsibilityService responsibilities, CohortService cohorts, HouseProjectService houseProject, TaskQueries tasks,
                TaskCompletions completions, ContactService contacts, SupervisionService supervision, WaypointClock clock,
                YoungPersonRecordService records, @ConfigProperty(name = "waypoint.demo.enabled") boolean enabled) {
        this.staff = staff;
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.transitions = transitions;
        this.responsibilities = responsibilities;
        this.cohorts = cohorts;
        this.houseProject = houseProject;
        this.tasks = tasks;
        this.completions = completions;
        this.contacts = contacts;
        this.supervision = supervision;
        this.clock = clock;
        this.records = records;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent startup) {
        if (!enabled || !staff.teams().isEmpty()) {
            return;
        }
        staff.createStaff(new CreateStaffRequest("admin", "Ada Admin", "admin@waypoint.local", StaffRole.ADMIN, null, false));
        Caller system = staff.callerFor("admin").orElseThrow();
        UUID north = staff.createTeam(new CreateTeamRequest("Leaving care north")).id();
        UUID south = staff.createTeam(new CreateTeamRequest("Leaving care south")).id();
        member("maya.manager", "Maya Manager", StaffRole.MANAGER, north, false);
        member("wes.worker", "Wes Worker", StaffRole.WORKER, north, false);
        member("pat.adviser", "Pat Adviser", StaffRole.WORKER, north, false);
        member("nia.newly", "Nia Newly-Qualified", StaffRole.WORKER, north, true);
        member("ira.iro", "Ira IRO", StaffRole.IRO, north, false);
        member("sam.manager", "Sam Manager", StaffRole.MANAGER, south, false);
        member("sol.worker", "Sol Worker", StaffRole.WORKER, south, false);
        member("ian.iro", "Ian IRO", StaffRole.IRO, south, false);
        member("sara.service", "Sara Service-Manager", StaffRole.MANAGER, null, false);
        member("hal.head", "Hal Head-of-Service", StaffRole.MANAGER, null, false);
        member("dee.director", "Dee Director", StaffRole.MANAGER, null, false);
        EscalationChainRequest chain = new EscalationChainRequest("sara.service", "hal.head", "dee.director");
        responsibilities.setEscalationChain(north, chain, system);
        responsibilities.setEscalationChain(south, chain, system);

        LocalDate today = clock.today();
        UUID nearly16 = child(system, "N-1001", "Amira", "Khan", today.minusYears(15).minusMonths(10), north, true, today.minusYears(2));
        UUID sixteen = child(system, "N-1002", "Jordan", "Lee", today.minusYears(16).minusMonths(5), north, false, today.minusYears(3));
        UUID seventeen = child(system, "N-1003", "Kai", "Morgan", today.minusYears(17).minusMonths(7), north, true, today.minusYears(5));
        UUID fourteen = child(system, "N-1004", "Ruby", "Shaw", today.minusYears(14).minusMonths(2), north, true, today.minusMonths(8));
        UUID south16 = child(system, "S-2001", "Theo", "Price", today.minusYears(16).minusMonths(1), south, true, today.minusYears(4));
        List.of(nearly16, sixteen, seventeen, fourteen).forEach(id -> {
            allocate(system, id, AllocationKind.SOCIAL_WORKER, "wes.worker");
            allocate(system, id, AllocationKind.IRO, "ira.iro");
        });
        allocate(system, seventeen, AllocationKind.PERSONAL_ADVISER, "pat.adviser");
        allocate(system, south16, AllocationKind.SOCIAL_WORKER, "sol.worker");
        allocate(system, south16, AllocationKind.IRO, "ian.iro");
        ScanPasses.untilDone(transitions::startDueTransitions);
        houseProjectCohort(system, List.of(sixteen, seventeen));
        supervisionUnderWay(system, today, seventeen, sixteen);
        careLeaversOver18(system, north, today);
        Log.info("Loaded the demo council: see README for its users (maya.manager, wes.worker, ira.iro, sara.service, admin, ...)");
    }

    /** A House Project cohort that started three weeks ago, led by Pat Adviser, with two young people given places in it. */
    private void houseProjectCohort(Caller system, List<UUID> members) {
        String today = clock.today().toString();
        UUID cohort = cohorts.create(new CreateCohortRequest("North House Project cohort", clock.today().minusWeeks(3), null,
                List.of("pat.adviser", "wes.worker"), null), staff.callerFor("maya.manager").orElseThrow()).id();
        for (UUID member : members) {
            houseProject.refer(member, new ReferralRequest("Wants to get ready for a home of their own"),
                    staff.callerFor("wes.worker").orElseThrow());
            completeStep(system, member, Map.of("appliedOn", today, "application", "I want my own place near college"), "wes.worker");
            completeStep(system, member, Map.of("interviewedOn", today, "placeOffered", true, "interviewNote", "Keen"), "maya.manager");
            completeStep(system, member, Map.of("cohortId", cohort.toString()), "maya.manager");
        }
    }

    private void completeStep(Caller system, UUID youngPerson, Map<String, Object> values, String username) {
        String taskId = tasks.list(new TaskFilter("all", youngPerson, "HouseProjectMoveProcess", null, null, null, null, null,
                new Paging(0, 1)), system).items().get(0).id();
        completions.completeAs(taskId, values, username);
    }

    /**
     * Contacts with two of Wes's young people (one 50 days ago, so on the no-contact list with those never contacted), and
     * the next supervision sessions booked: Wes with Maya in 3 days, newly qualified Nia today (weekly).
     */
    private void supervisionUnderWay(Caller system, LocalDate today, UUID visitedRecently, UUID phonedLongAgo) {
        Caller wes = staff.callerFor("wes.worker").orElseThrow();
        contacts.record(visitedRecently, new RecordContactRequest(today.minusDays(10), ContactKind.VISIT, "Talked about college",
                ContactOutcome.MADE, "Written up from notes after a week of court work"), wes);
        contacts.record(phonedLongAgo, new RecordContactRequest(today.minusDays(50), ContactKind.PHONE, null, ContactOutcome.MADE,
                "Entered from the paper file when the team moved to Waypoint"), wes);
        supervision.book(wes.staffId(), new BookSessionRequest(today.plusDays(3)), system);
        supervision.book(staff.byUsername("nia.newly").orElseThrow().id(), new BookSessionRequest(today), system);
    }

    /**
     * Issue 13: care leavers aged 18 to 24 (former relevant, in care from 14 to 18) with their record's history, so every page
     * has something to show after 18: one in unsuitable accommodation (bed and breakfast) with the rationale, a UASC care
     * leaver with an immigration status, a young parent, one staying put with her former foster carer, two NEET, and one not in
     * touch for months. Pat Adviser is their personal adviser, Maya Manager judged the accommodation. Each has in touch, activity
     * and accommodation recorded from the day they left care, so the demo's SSDA903 care-leaver return (OC3) passes the DfE's
     * rules (issue 15; DemoCareLeaversReturnTest).
     */
    void careLeaversOver18(Caller system, UUID team, LocalDate today) {
        LocalDate leahBorn = today.minusYears(19).minusMonths(4);
        UUID leah = careLeaver(system, "N-3001", "Leah", "Brooks", leahBorn, team);
        leftCare(system, leah, leahBorn, "F2", "Childcare course at Northgate College", "E", "Supported lodgings with Mrs Patel");
        home(system, leah, "U", "Council flat, Northgate", today.minusMonths(9), true, null);
        coded(system, leah, true, "G5", today.minusMonths(2), "Left her college course; looking for an apprenticeship");
        LocalDate tylerBorn = today.minusYears(18).minusMonths(2);
        UUID tyler = careLeaver(system, "N-3002", "Tyler", "Grant", tylerBorn, team);
        coded(system, tyler, true, "G4", today.minusMonths(3), "Off work while his anxiety is treated");
        inTouch(system, tyler, tylerBorn);
        home(system, tyler, "D", "Riverside supported flats", Birthdays.anniversary(tylerBorn, 18), true, null);
        home(system, tyler, "W", "Station Road B&B", today.minusDays(12), false,
                "Evicted from his supported flat at short notice; no other room free that night. Not suitable: shared bathroom, no "
                        + "support on site. Daily check-ins until a supported lodgings place is found.");
        LocalDate moBorn = today.minusYears(20).minusMonths(1);
        UUID mo = careLeaver(system, "N-3003", "Mohammed", "Ahmadi", moBorn, team);
        flag(system, mo, CohortFlag.UASC, today.minusYears(4), "Refugee status granted; 5 years' limited leave to remain",
                "Arrived in the UK unaccompanied at 15");
        leftCare(system, mo, moBorn, "P5", "Part-time kitchen porter at the Mill Café", "E", "Supported lodgings with the Okafor family");
        home(system, mo, "D", "Riverside semi-independent flats", today.minusYears(1), true, null);
        coded(system, mo, true, "F2", today.minusMonths(3), "ESOL and maths at Northgate College");
        LocalDate chloeBorn = today.minusYears(21).minusMonths(6);
        UUID chloe = careLeaver(system, "N-3004", "Chloe", "Evans", chloeBorn, team);
        leftCare(system, chloe, chloeBorn, "P5", "Part-time sales assistant at the Eastfield Co-op", "D", "Riverside semi-independent flats");
        flag(system, chloe, CohortFlag.YOUNG_PARENT, today.minusMonths(7), null, "Her daughter was born");
        coded(system, chloe, true, "G6", today.minusMonths(7), "On maternity leave from the Co-op, caring for her daughter");
        home(system, chloe, "U", "Housing association flat, Eastfield", today.minusMonths(5), true, null);
        LocalDate ellieBorn = today.minusYears(18).minusMonths(5);
        UUID ellie = careLeaver(system, "N-3005", "Ellie", "Ward", ellieBorn, team);
        flag(system, ellie, CohortFlag.STAYING_PUT, Birthdays.anniversary(ellieBorn, 18), null,
                "Staying put with her former foster carers, agreed before her 18th birthday");
        leftCare(system, ellie, ellieBorn, "F2", "A levels at St Anne's sixth form", "Z", "With her former foster carers");
        LocalDate danBorn = today.minusYears(22).minusMonths(3);
        UUID dan = careLeaver(system, "N-3006", "Dan", "Cole", danBorn, team);
        leftCare(system, dan, danBorn, "F5", "Full-time warehouse work at Northgate Logistics", "U", "Private rented bedsit, Mill Street");
        contacts.record(dan, new RecordContactRequest(today.minusDays(140), ContactKind.PHONE, "Said he would call back",
                ContactOutcome.MADE, "Entered from the paper file when the team moved to Waypoint"),
                staff.callerFor("pat.adviser").orElseThrow());
        coded(system, dan, false, "NO", today.minusDays(60), "No answer to calls, texts or letters since the summer; last address empty");
    }

    /**
     * The record from the day a care leaver left care (their 18th birthday): in touch with their personal adviser, their
     * activity and their accommodation then, so the SSDA903 care-leaver return has their codes on each birthday from 18.
     */
    private void leftCare(Caller system, UUID youngPerson, LocalDate born, String activity, String doing, String category, String where) {
        LocalDate eighteen = Birthdays.anniversary(born, 18);
        inTouch(system, youngPerson, born);
        coded(system, youngPerson, true, activity, eighteen, doing);
        home(system, youngPerson, category, where, eighteen, true, null);
    }

    private void inTouch(Caller system, UUID youngPerson, LocalDate born) {
        coded(system, youngPerson, false, "YES", Birthdays.anniversary(born, 18), "Sees Pat Adviser every few weeks");
    }

    private void coded(Caller system, UUID youngPerson, boolean activity, String code, LocalDate from, String note) {
        CodedStatusRequest request = new CodedStatusRequest(code, from, note);
        if (activity) {
            records.recordActivity(youngPerson, request, YoungPersonRecordService.ANY_VERSION, system);
        } else {
            records.recordInTouch(youngPerson, request, YoungPersonRecordService.ANY_VERSION, system);
        }
    }

    private UUID careLeaver(Caller system, String localId, String given, String family, LocalDate born, UUID team) {
        UUID id = youngPeople.create(new CreateYoungPersonRequest(localId, given, family, born, team, false, false, false, false, false,
                List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14), Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER)),
                List.of(), List.of()), system).id();
        allocate(system, id, AllocationKind.PERSONAL_ADVISER, "pat.adviser");
        return id;
    }

    private void home(Caller system, UUID youngPerson, String category, String where, LocalDate from, boolean suitable, String rationale) {
        records.recordAccommodation(youngPerson, new AccommodationRequest(category, where, from, false, suitable, rationale, "Maya Manager"),
                YoungPersonRecordService.ANY_VERSION, system);
    }

    private void flag(Caller system, UUID youngPerson, CohortFlag flag, LocalDate from, String detail, String reason) {
        records.changeFlag(youngPerson, new FlagRequest(flag, true, from, detail, reason), YoungPersonRecordService.ANY_VERSION, system);
    }

    private void member(String username, String name, StaffRole role, UUID team, boolean newlyQualified) {
        staff.createStaff(new CreateStaffRequest(username, name, username + "@waypoint.local", role, team, newlyQualified));
    }

    private UUID child(Caller system, String localId, String given, String family, LocalDate born, UUID team, boolean foster,
                       LocalDate inCareSince) {
        YoungPersonResponse created = youngPeople.create(new CreateYoungPersonRequest(localId, given, family, born, team, foster, false,
                false, false, false, List.of(new CareEpisodeInput(inCareSince, null, LegalBasis.CARE_ORDER)), List.of(), List.of()), system);
        return created.id();
    }

    private void allocate(Caller system, UUID youngPerson, AllocationKind kind, String username) {
        allocations.allocate(youngPerson, new AllocationRequest(kind, username), system);
    }
}
