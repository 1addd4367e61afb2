package app.waypoint.web.youngpeople;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.contacttimetable.domain.ContactTimetableResponse;
import app.waypoint.contacttimetable.domain.ContactTimetableService;
import app.waypoint.houseproject.domain.membership.HouseProjectService;
import app.waypoint.houseproject.domain.records.HouseProjectResponse;
import app.waypoint.housing.domain.HomelessnessReferralService;
import app.waypoint.intouch.domain.InTouchResponse;
import app.waypoint.intouch.domain.InTouchService;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.pathwayreviews.domain.plan.PlanVersionSummary;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactResponse;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.InTouchState;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.visits.PlannedVisitService;
import app.waypoint.risks.domain.flags.RiskService;
import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.supervision.domain.records.OversightEntryResponse;
import app.waypoint.supervision.domain.sessions.OversightService;
import app.waypoint.transitions.TransitionResponse;
import app.waypoint.transitions.TransitionService;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageTimes;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The young person's page as their file: what the caller may do from it (as each owning service says), and readable sections
 * for the current plan, the transition, the House Project, the contacts (latest first, with the days since the last one made)
 * and management oversight. Each section comes from its feature's service.
 */
@ApplicationScoped
class YoungPersonFile {

    private static final int CONTACTS_SHOWN = 10;
    private static final int OVERSIGHT_SHOWN = 5;

    private final ContactService contacts;
    private final AllocationService allocations;
    private final PathwayReviewService reviews;
    private final PathwayPlanService plans;
    private final TransitionService transitions;
    private final HouseProjectService houseProject;
    private final OversightService oversight;
    private final StaffService staff;
    private final PlannedVisitService visits;
    private final ContactTimetableService contactTimetables;
    private final YoungPersonAccessService access;
    private final WaypointClock clock;
    private final InTouchService inTouch;
    private final RiskService risks;
    private final HomelessnessReferralService homelessness;

    YoungPersonFile(ContactService contacts, AllocationService allocations, PathwayReviewService reviews, PathwayPlanService plans,
                    TransitionService transitions, HouseProjectService houseProject, OversightService oversight, StaffService staff,
                    PlannedVisitService visits, ContactTimetableService contactTimetables, YoungPersonAccessService access, WaypointClock clock,
                    InTouchService inTouch, RiskService risks,
                    HomelessnessReferralService homelessness) {
        this.contacts = contacts;
        this.allocations = allocations;
        this.reviews = reviews;
        this.plans = plans;
        this.transitions = transitions;
        this.houseProject = houseProject;
        this.oversight = oversight;
        this.staff = staff;
        this.visits = visits;
        this.contactTimetables = contactTimetables;
        this.access = access;
        this.clock = clock;
        this.inTouch = inTouch;
        this.risks = risks;
        this.homelessness = homelessness;
    }

    /** The file's sections and the actions offered; {@code plan}, {@code transition} and {@code houseProject} are null when there is none. */
    record View(List<Action> actions, List<Action> allocationActions, String plan, String transition, String houseProject,
                String lastContact, List<ContactRow> contacts, long contactsTotal, List<OversightRow> oversight, String nextVisit,
                NextContactDue nextContactDue, String keepingInTouch, boolean lostTouch, List<String> activeRisks,
                Housing housing) {
    }

    /** The housing section: whether a homelessness referral is open (the young person is at risk of homelessness), in words. */
    record Housing(boolean atRisk, String words) {
    }

    /** The contact timetable's next visit or contact (null without a timetable): what and by when, overdue or not, the rule in words. */
    record NextContactDue(String what, String by, boolean overdue, String rule) {
    }

    /** Something the caller may do, as a link to its form. */
    record Action(String id, String label, String href) {
    }

    /** A contact as shown. */
    record ContactRow(String on, String how, String outcome, boolean made, String note, String by) {
    }

    /** A management-oversight decision as shown. */
    record OversightRow(String when, String decision, String rationale, String by, List<String> actions) {
    }

    View of(UUID id, Caller caller) {
        String base = "/young-people/" + id;
        List<Action> actions = new ArrayList<>();
        if (contacts.mayRecord(id, caller)) {
            actions.add(new Action("record-contact", "Record a contact or visit", base + "/contact"));
        }
        if (visits.mayBook(id, caller)) {
            actions.add(new Action("book-visit", "Book the next visit", base + "/visit"));
        }
        if (reviews.mayRecordSignificantChange(id, caller)) {
            actions.add(new Action("record-significant-change", "Record a significant change", base + "/significant-change"));
        }
        if (risks.mayRaise(id, caller)) {
            actions.add(new Action("raise-concern", "Raise a concern", base + "/risks#raise"));
        }
        if (transitions.mayStart(id, caller)) {
            actions.add(new Action("start-transition", "Open a leaving-care transition", base + "/transition/start"));
        }
        if (transitions.mayClose(id, caller)) {
            actions.add(new Action("close-transition", "Close the transition", base + "/transition/closure"));
        }
        if (houseProject.mayRefer(id, caller)) {
            actions.add(new Action("refer-house-project", "Refer to the House Project", base + "/house-project/referral"));
        }
        if (oversight.mayRecord(id, caller)) {
            actions.add(new Action("record-oversight", "Record management oversight", base + "/oversight"));
        }
        if (access.mayInvite(id, caller)) {
            actions.add(new Action("their-waypoint", "Their own Waypoint: invite them, read their views", base + "/waypoint"));
        }
        InTouchResponse touch = inTouch.status(id, caller);
        if (touch.allowedActions().contains(InTouchResponse.RECORD_DECISION)) {
            actions.add(new Action("record-not-in-touch", "Record that they are not in touch", base + "/in-touch"));
        }
        List<ContactResponse> all = contacts.list(id, caller);
        Names names = new Names();
        return new View(actions, allocationActions(id, caller, base), plan(id, caller, names), transition(id, caller), houseProject(id, caller),
                lastContact(all), all.stream().limit(CONTACTS_SHOWN).map(contact -> contact(contact, names)).toList(), all.size(),
                oversight.chronology(id, caller).stream().limit(OVERSIGHT_SHOWN).map(entry -> oversight(entry, names)).toList(),
                nextVisit(id, caller, names),
                nextContactDue(id, caller), keepingInTouch(touch), touch.state() != InTouchState.IN_TOUCH,
                risks.activeRisks(List.of(id)).getOrDefault(id, List.of()).stream().map(RiskKind::words).toList(),
                housing(id, caller));
    }

    private NextContactDue nextContactDue(UUID id, Caller caller) {
        ContactTimetableResponse timetable = contactTimetables.view(id, caller);
        return timetable.running() && timetable.dueOn() != null ? new NextContactDue(timetable.kindWords(), DueWording.date(timetable.dueOn()),
                timetable.overdue(), timetable.rule()) : null;
    }

    /** "In touch", "Possibly not in touch since 4 December 2026 (2 failed attempts since the last contact made)" or "Not in touch since …". */
    private static String keepingInTouch(InTouchResponse touch) {
        String since = touch.since() == null || touch.state() == InTouchState.IN_TOUCH ? "" : " since " + DueWording.date(touch.since());
        String attempts = touch.failedAttempts() == 0 ? "" : " (" + touch.failedAttempts() + (touch.failedAttempts() == 1 ? " failed attempt" : " failed attempts")
                + " since the last contact made)";
        return touch.stateWords() + since + attempts + ".";
    }

    private Housing housing(UUID id, Caller caller) {
        return homelessness.list(id, caller).referrals().stream().filter(referral -> referral.open()).findFirst()
                .map(open -> new Housing(true, open.reason().words() + ": " + open.status().words().toLowerCase(Locale.UK) + "."))
                .orElseGet(() -> new Housing(false, "No homelessness referral is open."));
    }

    private String nextVisit(UUID id, Caller caller, Names names) {
        return visits.next(id, caller).map(visit -> "Next visit: " + visit.kind().words().toLowerCase(Locale.UK) + " on "
                + DueWording.date(visit.visitOn()) + ", by " + names.of(visit.bookedBy()) + ".").orElse("No visit is booked.");
    }

    private List<Action> allocationActions(UUID id, Caller caller, String base) {
        List<Action> offered = new ArrayList<>();
        if (!allocations.mayAllocate(id, caller)) {
            return offered;
        }
        for (AllocationKind kind : AllocationKind.values()) {
            String path = AllocationPage.path(kind);
            String role = YoungPersonCards.label(kind);
            offered.add(new Action("allocate-" + path, "Allocate " + ("IRO".equals(role) ? "an IRO" : "a " + role.toLowerCase()),
                    base + "/allocations/" + path));
            if (allocations.allocatedUsername(id, kind).isPresent()) {
                offered.add(new Action("end-" + path, "End the " + ("IRO".equals(role) ? role : role.toLowerCase()) + " allocation",
                        base + "/allocations/" + path + "/end"));
            }
        }
        return offered;
    }

    private String plan(UUID id, Caller caller, Names names) {
        List<PlanVersionSummary> versions = plans.versions(id, caller);
        if (versions.isEmpty()) {
            return null;
        }
        PlanVersionSummary latest = versions.get(0);
        StringBuilder text = new StringBuilder("Version ").append(latest.version()).append(", ");
        if (latest.status() == PlanStatus.DRAFT) {
            text.append("a draft, last saved ").append(PageTimes.day(latest.updatedAt())).append(" by ").append(names.of(latest.updatedBy()));
        } else {
            text.append("signed off ").append(PageTimes.day(latest.signedOffAt())).append(" by ").append(names.of(latest.signedOffBy()));
        }
        if (latest.copyGivenOn() != null) {
            text.append("; a copy was given to them on ").append(DueWording.date(latest.copyGivenOn()));
        }
        return text.append('.').toString();
    }

    private String transition(UUID id, Caller caller) {
        return transitions.latest(id, caller).map(this::transition).orElse(null);
    }

    private String transition(TransitionResponse transition) {
        if (!transition.open()) {
            return "Closed " + PageTimes.day(transition.closedAt()) + (transition.closureReason() == null ? "" : ": " + transition.closureReason());
        }
        String at = transition.currentSteps().stream().map(step -> step.name() == null ? step.id() : step.name())
                .collect(Collectors.joining(", "));
        return "Open since " + PageTimes.day(transition.startedAt()) + (at.isEmpty() ? "" : ", at: " + at);
    }

    private String houseProject(UUID id, Caller caller) {
        return houseProject.latest(id, caller).map(YoungPersonFile::houseProject).orElse(null);
    }

    private static String houseProject(HouseProjectResponse membership) {
        String status = switch (membership.status()) {
            case REFERRED -> "Referred: application, interview and offer";
            case IN_COHORT -> "In a cohort" + (membership.cohort() == null ? "" : " (" + membership.cohort().name() + ")");
            case FINDING_HOME -> "Ready to move: finding a home";
            case MOVED_IN -> "Moved in";
            case NOT_OFFERED -> "Not offered a place";
            case LEFT -> "Left the House Project";
            case TENANCY_ENDED -> "Tenancy ended";
            case SUSTAINED -> "Tenancy sustained";
        };
        return status + "; referred " + PageTimes.day(membership.referredAt()) + ".";
    }

    private String lastContact(List<ContactResponse> all) {
        return all.stream().filter(contact -> contact.outcome() == ContactOutcome.MADE).findFirst().map(contact -> {
            long days = ChronoUnit.DAYS.between(contact.contactOn(), clock.today());
            String ago = days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago";
            return "Last contact made " + ago + " (" + DueWording.date(contact.contactOn()) + ").";
        }).orElse("No contact made is recorded.");
    }

    private static ContactRow contact(ContactResponse contact, Names names) {
        return new ContactRow(DueWording.date(contact.contactOn()), ContactPage.words(contact.kind()), contact.outcome().words(),
                contact.outcome() == ContactOutcome.MADE, contact.note(), names.of(contact.recordedBy()));
    }

    private static OversightRow oversight(OversightEntryResponse entry, Names names) {
        return new OversightRow(PageTimes.day(entry.recordedAt()), entry.decision(), entry.rationale(), names.of(entry.recordedBy()),
                entry.actions().stream().map(action -> action.description() + " (" + names.of(action.owner()) + ", due "
                        + DueWording.date(action.dueDate()) + ")").toList());
    }

    /** The display names of the staff the file names, each read once however many of its rows they recorded. */
    private final class Names {

        private final Map<String, String> read = new HashMap<>();

        String of(String username) {
            return username == null ? "" : read.computeIfAbsent(username,
                    known -> staff.byUsername(known).map(StaffResponse::displayName).orElse(known));
        }
    }
}
