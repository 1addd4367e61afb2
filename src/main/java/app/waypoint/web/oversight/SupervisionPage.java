package app.waypoint.web.oversight;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.supervision.domain.records.BookSessionRequest;
import app.waypoint.supervision.domain.records.CarriedOutcome;
import app.waypoint.supervision.domain.records.OversightEntryResponse;
import app.waypoint.supervision.domain.records.RecordSessionRequest.CarriedInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest.DiscussionInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest;
import app.waypoint.supervision.domain.records.SessionAgenda;
import app.waypoint.supervision.domain.records.SessionResponse;
import app.waypoint.supervision.domain.records.SessionStatus;
import app.waypoint.supervision.domain.records.SessionSummary;
import app.waypoint.supervision.domain.records.SupervisionActionInput;
import app.waypoint.supervision.domain.records.SupervisionActionResponse;
import app.waypoint.supervision.domain.sessions.SupervisionService;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A worker's supervision on the pages: a manager books a session for a worker they supervise, the session page shows its
 * agenda, the supervisor records it (a discussion, decision and action per young person, an outcome for every carried action),
 * and the worker and the supervisor sign it off. Every rule is the supervision service's; the page only asks it.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SupervisionPage {

    private static final Pattern DISCUSSION = Pattern.compile("^discussions\\[(\\d+)]");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final SupervisionService supervision;
    private final StaffService staff;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    SupervisionPage(SupervisionService supervision, StaffService staff, YoungPersonService youngPeople, SignedIn signedIn) {
        this.supervision = supervision;
        this.staff = staff;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    /** The most actions one young person's discussion takes on the form ("Add another action" stops there). */
    private static final int MAX_ACTIONS = 10;

    /** A young person the session may discuss, at its index on the form, with the indexes of its action rows. */
    record Person(int index, UUID id, String name, List<Integer> actions) {
    }

    /** A young person on the worker's caseload, on the agenda: their last contact in words and their overdue tasks. */
    record OnCaseload(String name, String lastContact, List<Overdue> overdueTasks) {
    }

    /** An overdue task on the agenda, its due day in words. */
    record Overdue(String taskId, String name, String due) {

        static Overdue of(SessionAgenda.OverdueTask task) {
            return new Overdue(task.taskId(), task.name(), DueWording.date(task.dueOn()));
        }
    }

    /** An action carried from an earlier session, at its index on the form. */
    record Carried(int index, SupervisionActionResponse action, String youngPersonName, String due) {
    }

    /** A young person discussed, once the session is held. */
    record Discussed(String name, OversightEntryResponse entry, List<String> actions) {
    }

    /** The session page. */
    record View(UUID workerId, String worker, SessionSummary session, String status, String scheduledFor, String heldOn, String signOffDueOn,
                SessionAgenda agenda, List<Overdue> overdue, List<OnCaseload> caseload,
                List<Carried> carried, List<String> noContact, List<Person> people, List<Discussed> discussed, boolean mayRecord, boolean maySignOff,
                boolean offerNextBooking, PageForm form) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance book(PageForm form);

        static native TemplateInstance session(View view);
    }

    @GET
    @Path("supervision/book")
    public TemplateInstance bookForm() {
        return Templates.book(bookingForm(bookingCaller()));
    }

    @POST
    @Path("supervision/book")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response book(MultivaluedMap<String, String> posted) {
        Caller caller = bookingCaller();
        PageForm form = typed(bookingForm(caller), posted);
        String worker = form.text("worker");
        if (worker == null || form.choicesOf("worker").stream().noneMatch(choice -> choice.value().equals(worker))) {
            form.error("worker", "Select the worker to supervise");
        }
        LocalDate on = form.date("scheduledFor", "Enter the day of the session");
        if (!form.hasErrors()) {
            UUID workerId = UUID.fromString(worker);
            try {
                SessionSummary session = supervision.book(workerId, new BookSessionRequest(on), caller);
                return Response.seeOther(sessionPath(workerId, session.id())).build();
            } catch (InvalidInputException | RuleViolationException | ConflictException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.book(form));
    }

    @GET
    @Path("staff/{id}/supervisions/{sessionId}")
    public TemplateInstance session(@PathParam("id") UUID workerId, @PathParam("sessionId") UUID sessionId) {
        Caller caller = signedIn.caller();
        return Templates.session(view(workerId, sessionId, caller, recordForm(workerId, caller, Map.of())));
    }

    @POST
    @Path("staff/{id}/supervisions/{sessionId}/record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID workerId, @PathParam("sessionId") UUID sessionId, MultivaluedMap<String, String> posted) {
        Caller caller = signedIn.caller();
        if (!supervision.mayRecord(workerId, sessionId, caller)) {
            throw new ForbiddenException("The supervisor (or a manager of the worker's team) records a booked supervision session.");
        }
        PageForm form = recordForm(workerId, caller, posted);
        View shown = view(workerId, sessionId, caller, form);
        if (posted.containsKey("add-action")) {
            return Response.ok(Templates.session(shown)).build();
        }
        LocalDate heldOn = form.date("heldOn", null);
        List<DiscussionInput> discussions = new ArrayList<>();
        List<Integer> discussedAt = new ArrayList<>();
        for (Person person : shown.people()) {
            String at = "discussions-" + person.index();
            String discussion = form.optional(at + "-discussion", 8000);
            String decision = form.optional(at + "-decision", 4000);
            List<SupervisionActionInput> actions = new ArrayList<>();
            for (int row : person.actions()) {
                String action = at + "-actions-" + row;
                String description = form.optional(action + "-description", 1000);
                String owner = form.text(action + "-owner");
                boolean anyDay = form.text(action + "-dueDate-day") != null || form.text(action + "-dueDate-month") != null
                        || form.text(action + "-dueDate-year") != null;
                if (description != null || owner != null || anyDay) {
                    actions.add(new SupervisionActionInput(description, owner, form.date(action + "-dueDate", null)));
                }
            }
            if (discussion == null && decision == null && actions.isEmpty()) {
                continue;
            }
            discussions.add(new DiscussionInput(person.id(), discussion, decision, actions));
            discussedAt.add(person.index());
        }
        List<CarriedInput> carried = new ArrayList<>();
        for (Carried action : shown.carried()) {
            String at = "carried-" + action.index();
            String outcome = form.text(at + "-outcome");
            CarriedOutcome chosen = outcome == null ? null : form.choice(at + "-outcome", CarriedOutcome.class, "Select what happened to the action");
            carried.add(new CarriedInput(action.action().id(), chosen, form.date(at + "-newDueDate", null), form.optional(at + "-reason", 1000)));
        }
        if (!form.hasErrors()) {
            try {
                supervision.record(workerId, sessionId, new RecordSessionRequest(heldOn, discussions, carried), caller);
                return Response.seeOther(sessionPath(workerId, sessionId)).build();
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused, field -> formField(field, discussedAt));
            }
        }
        return PageForm.unprocessable(Templates.session(shown));
    }

    @POST
    @Path("staff/{id}/supervisions/{sessionId}/sign-off")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOff(@PathParam("id") UUID workerId, @PathParam("sessionId") UUID sessionId) {
        supervision.signOff(workerId, sessionId, signedIn.caller());
        return Response.seeOther(sessionPath(workerId, sessionId)).build();
    }

    /** The page's link to a session. */
    public static java.net.URI sessionPath(UUID workerId, UUID sessionId) {
        return UriBuilder.fromPath("/staff/{id}/supervisions/{sessionId}").build(workerId, sessionId);
    }

    private Caller bookingCaller() {
        Caller caller = signedIn.caller();
        if (supervision.bookableWorkers(caller).isEmpty()) {
            throw new ForbiddenException("A manager books supervision for the workers they supervise.");
        }
        return caller;
    }

    private PageForm bookingForm(Caller caller) {
        return new PageForm(null, "Book supervision").choices("worker", supervision.bookableWorkers(caller).stream()
                .map(worker -> new Choice(worker.id().toString(), worker.displayName())).toList());
    }

    private PageForm recordForm(UUID workerId, Caller caller, Map<String, List<String>> posted) {
        List<Choice> owners = staff.staff(caller).stream().filter(member -> member.disabledAt() == null)
                .map(member -> new Choice(member.username(), member.displayName())).toList();
        PageForm form = typed(new PageForm(null, staff.byId(workerId).map(StaffResponse::displayName).orElse("")), posted);
        for (int i = 0; i < supervision.discussable(workerId, caller).size(); i++) {
            for (int row = 0; row < actionRows(form, i); row++) {
                form.choices("discussions-" + i + "-actions-" + row + "-owner", owners);
            }
        }
        return form;
    }

    /** How many action rows a young person's discussion shows: as many as were posted, one more if "Add another action" was pressed. */
    private static int actionRows(PageForm form, int person) {
        String posted = form.value("discussions-" + person + "-actionRows");
        int rows = posted != null && posted.matches("\\d{1,2}") ? Math.max(1, Integer.parseInt(posted)) : 1;
        if (Integer.toString(person).equals(form.value("add-action"))) {
            rows++;
        }
        return Math.min(rows, MAX_ACTIONS);
    }

    private View view(UUID workerId, UUID sessionId, Caller caller, PageForm form) {
        SessionResponse response = supervision.session(workerId, sessionId, caller);
        SessionSummary session = response.session();
        List<UUID> discussable = supervision.discussable(workerId, caller);
        List<UUID> about = new ArrayList<>(discussable);
        if (response.agenda() != null) {
            response.agenda().actions().forEach(action -> about.add(action.youngPersonId()));
            response.agenda().noContact().forEach(person -> about.add(person.youngPersonId()));
            response.agenda().caseload().forEach(person -> about.add(person.youngPersonId()));
        }
        response.discussions().forEach(entry -> about.add(entry.youngPersonId()));
        Map<UUID, String> names = youngPeople.names(about);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < discussable.size(); i++) {
            people.add(new Person(i, discussable.get(i), names.getOrDefault(discussable.get(i), "A young person"),
                    IntStream.range(0, actionRows(form, i)).boxed().toList()));
        }
        List<Carried> carried = new ArrayList<>();
        if (response.agenda() != null) {
            List<SupervisionActionResponse> open = response.agenda().actions();
            for (int i = 0; i < open.size(); i++) {
                SupervisionActionResponse action = open.get(i);
                carried.add(new Carried(i, action, names.getOrDefault(action.youngPersonId(), ""), DueWording.date(action.dueDate())));
            }
            for (Carried action : carried) {
                form.choices("carried-" + action.index() + "-outcome", List.of(new Choice(CarriedOutcome.CLOSED.name(), "Done: close it"),
                        new Choice(CarriedOutcome.REDATED.name(), "Not done: give it a new due date")));
            }
        }
        List<String> noContact = response.agenda() == null ? List.of() : response.agenda().noContact().stream()
                .map(person -> names.getOrDefault(person.youngPersonId(), "A young person") + (person.lastContactOn() == null
                        ? ": no contact recorded" : ": last contact " + DueWording.date(person.lastContactOn()))).toList();
        List<OnCaseload> caseload = response.agenda() == null ? List.of() : response.agenda().caseload().stream()
                .map(entry -> new OnCaseload(names.getOrDefault(entry.youngPersonId(), "A young person"),
                        entry.lastContactOn() == null ? "no contact recorded" : "last contact " + DueWording.date(entry.lastContactOn()),
                        entry.overdueTasks().stream().map(Overdue::of).toList())).toList();
        List<Overdue> overdue = response.agenda() == null ? List.of() : response.agenda().overdueTasks().stream().map(Overdue::of).toList();
        List<Discussed> discussed = response.discussions().stream()
                .map(entry -> new Discussed(names.getOrDefault(entry.youngPersonId(), "A young person"), entry, entry.actions().stream()
                        .map(action -> action.description() + ": " + staff.byUsername(action.owner()).map(StaffResponse::displayName)
                                .orElse(action.owner()) + ", due " + DueWording.date(action.dueDate())).toList())).toList();
        String status = switch (session.status()) {
            case BOOKED -> "Booked";
            case HELD -> "Held, waiting for sign-off";
            case SIGNED_OFF -> "Signed off";
        };
        boolean maySignOff = supervision.maySignOff(workerId, sessionId, caller);
        boolean offerNextBooking = session.status() == SessionStatus.HELD && !maySignOff
                && supervision.bookableWorkers(caller).stream().anyMatch(worker -> worker.id().equals(workerId));
        return new View(workerId, form.getName(), session, status, DueWording.date(session.scheduledFor()),
                session.heldOn() == null ? null : DueWording.date(session.heldOn()),
                session.signOffDueOn() == null ? null : DueWording.date(session.signOffDueOn()), response.agenda(), overdue, caseload, carried,
                noContact, people, discussed, supervision.mayRecord(workerId, sessionId, caller), maySignOff,
                offerNextBooking, form);
    }

    private static PageForm typed(PageForm form, Map<String, List<String>> posted) {
        posted.forEach((name, values) -> form.typed(name, values.isEmpty() ? null : values.get(0)));
        return form;
    }

    /** The service's field ({@code discussions[1].actions[0].owner}) as the form's, the discussion at its index on the page. */
    private static String formField(String field, List<Integer> discussedAt) {
        Matcher discussion = DISCUSSION.matcher(field);
        String renamed = discussion.find()
                ? "discussions." + discussedAt.get(Integer.parseInt(discussion.group(1))) + field.substring(discussion.end())
                : field;
        return INDEX.matcher(renamed).replaceAll(".$1");
    }
}
