package app.waypoint.web.houseproject;

import app.waypoint.houseproject.domain.membership.CohortService;
import app.waypoint.houseproject.domain.records.CohortBoardResponse;
import app.waypoint.houseproject.domain.records.CohortResponse;
import app.waypoint.houseproject.domain.records.CreateCohortRequest;
import app.waypoint.houseproject.domain.records.StepResponse;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.web.youngpeople.YoungPersonCards;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * House Project cohorts: the list with the places taken, a form to create one (managers and administrators, as the cohort
 * service allows: staff chosen from those it would accept, the lead first), and each cohort's board.
 */
@Path("/house-project/cohorts")
@Produces(MediaType.TEXT_HTML)
class CohortPage {

    private static final List<String> FIELDS = List.of("name", "startsOn-day", "startsOn-month", "startsOn-year", "capacity", "lead",
            "teamId");

    private final CohortService cohorts;
    private final StaffService staff;
    private final SignedIn signedIn;

    CohortPage(CohortService cohorts, StaffService staff, SignedIn signedIn) {
        this.cohorts = cohorts;
        this.staff = staff;
        this.signedIn = signedIn;
    }

    /** The cohorts, and whether the caller may create one. */
    record Listing(List<Listed> cohorts, boolean mayCreate) {
    }

    /** A cohort as listed: its start in words and its lead's name. */
    record Listed(CohortResponse cohort, String startsOn, String lead) {
    }

    /** The form: what was typed, the staff to choose from (lead, others), the teams (administrators only), the places by default. */
    record Creation(PageForm form, List<String> others, boolean chooseTeam) {

        public boolean isOther(String username) {
            return others.contains(username);
        }
    }

    /** A cohort's board as shown: its facts, its members with statuses and steps in words, and the homes waiting for keys. */
    record Board(Listed cohort, String staffNames, List<Member> members, List<CohortBoardResponse.HomeWaitingForKeys> homes, int hidden) {
    }

    /** A member of a cohort: their status in words, the steps they are at (overdue marked) and their attendance. */
    record Member(UUID youngPersonId, String name, String localId, String status, List<Step> steps, long attended, long recorded) {
    }

    /** A step as shown, with its due day in words (none for a wait). */
    record Step(String name, String due, boolean overdue) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Listing listing);

        static native TemplateInstance create(Creation creation);

        static native TemplateInstance board(Board board);
    }

    @GET
    public TemplateInstance list() {
        Caller caller = signedIn.caller();
        return Templates.list(new Listing(cohorts.list().stream().map(this::listed).toList(), CohortService.mayCreate(caller)));
    }

    @GET
    @Path("/new")
    public TemplateInstance form() {
        return Templates.create(creation(creator(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> posted) {
        Caller caller = creator();
        List<String> others = posted.getOrDefault("others", List.of());
        Creation creation = creation(caller, others);
        PageForm form = creation.form();
        FIELDS.forEach(field -> form.typed(field, posted.getFirst(field)));
        String name = form.required("name", "Enter the cohort's name", 200);
        LocalDate startsOn = form.date("startsOn", "Enter the day the cohort starts");
        Integer capacity = capacity(form);
        String lead = form.text("lead");
        List<String> offered = form.choicesOf("lead").stream().map(Choice::value).toList();
        if (lead == null || !offered.contains(lead)) {
            form.error("lead", "Select who leads the cohort");
        }
        if (!offered.containsAll(others)) {
            form.error("others", "Select the other staff from the list");
        }
        UUID teamId = creation.chooseTeam() ? team(form) : null;
        if (!form.hasErrors()) {
            LinkedHashSet<String> team = new LinkedHashSet<>();
            team.add(lead);
            team.addAll(others);
            try {
                CohortResponse created = cohorts.create(new CreateCohortRequest(name, startsOn, capacity, new ArrayList<>(team), teamId), caller);
                return Response.seeOther(UriBuilder.fromPath("/house-project/cohorts/{id}").build(created.id())).build();
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused, field -> field.startsWith("staff") ? "others" : field);
            }
        }
        return PageForm.unprocessable(Templates.create(creation));
    }

    @GET
    @Path("/{cohortId}")
    public TemplateInstance board(@PathParam("cohortId") UUID cohortId) {
        CohortBoardResponse board = cohorts.board(cohortId, signedIn.caller());
        List<Member> members = board.members().stream().map(member -> new Member(member.youngPersonId(), member.name(), member.localId(),
                YoungPersonCards.readable(member.status().name()), member.currentSteps().stream().map(CohortPage::step).toList(),
                member.sessionsAttended(), member.sessionsRecorded())).toList();
        return Templates.board(new Board(listed(board.cohort()), names(board.cohort().staff()), members, board.homesWaitingForKeys(),
                board.hiddenMembers()));
    }

    /** The caller if the cohort service lets them create cohorts; 403 otherwise. */
    private Caller creator() {
        Caller caller = signedIn.caller();
        if (!CohortService.mayCreate(caller)) {
            throw new ForbiddenException("Only a manager or an administrator creates a House Project cohort.");
        }
        return caller;
    }

    private Creation creation(Caller caller, List<String> others) {
        List<StaffResponse> possible = cohorts.possibleStaff(caller);
        boolean chooseTeam = caller.teamId() == null;
        PageForm form = new PageForm(null, null)
                .choices("lead", possible.stream().map(member -> new Choice(member.username(), member.displayName())).toList());
        if (chooseTeam) {
            form.choices("teamId", staff.teams().stream().map(team -> new Choice(team.id().toString(), team.name())).toList());
        }
        return new Creation(form, others, chooseTeam);
    }

    /** The places: blank for the default of the House Project settings, otherwise a whole number from 1 to 50 (as the API asks). */
    private static Integer capacity(PageForm form) {
        String typed = form.text("capacity");
        if (typed == null) {
            return null;
        }
        try {
            int places = Integer.parseInt(typed);
            if (places < 1 || places > 50) {
                form.error("capacity", "Enter a number of places from 1 to 50");
            }
            return places;
        } catch (NumberFormatException notANumber) {
            form.error("capacity", "Enter the number of places as a whole number, like 10");
            return null;
        }
    }

    private static UUID team(PageForm form) {
        String typed = form.text("teamId");
        if (typed == null || form.choicesOf("teamId").stream().noneMatch(choice -> choice.value().equals(typed))) {
            form.error("teamId", "Select the team that runs the cohort");
            return null;
        }
        return UUID.fromString(typed);
    }

    private Listed listed(CohortResponse cohort) {
        return new Listed(cohort, DueWording.date(cohort.startsOn()), cohort.staff().isEmpty() ? "" : names(cohort.staff().subList(0, 1)));
    }

    private String names(List<String> usernames) {
        return usernames.stream().map(username -> staff.byUsername(username).map(StaffResponse::displayName).orElse(username))
                .collect(Collectors.joining(", "));
    }

    private static Step step(StepResponse step) {
        return new Step(step.name(), step.due() == null ? null : DueWording.date(step.due()), step.overdue());
    }
}
