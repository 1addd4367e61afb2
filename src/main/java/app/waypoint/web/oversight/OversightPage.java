package app.waypoint.web.oversight;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.supervision.domain.records.OversightRequest;
import app.waypoint.supervision.domain.records.SupervisionActionInput;
import app.waypoint.supervision.domain.sessions.OversightService;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A manager of the young person's team records management oversight between supervision sessions: the decision, why, and
 * an action that follows with its owner (chosen from the team) and due date, which becomes the owner's task.
 */
@Path("/young-people/{id}/oversight")
@Produces(MediaType.TEXT_HTML)
class OversightPage {

    private final OversightService oversight;
    private final StaffService staff;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    OversightPage(OversightService oversight, StaffService staff, VisibilityService visibility, YoungPersonService youngPeople,
                  SignedIn signedIn) {
        this.oversight = oversight;
        this.staff = staff;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    /** The form as posted. */
    public static class Input {
        @FormParam("decision") public String decision;
        @FormParam("rationale") public String rationale;
        @FormParam("action-description") public String description;
        @FormParam("action-owner") public String owner;
        @FormParam("action-dueDate-day") public String day;
        @FormParam("action-dueDate-month") public String month;
        @FormParam("action-dueDate-year") public String year;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance oversight(PageForm form);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id) {
        Caller caller = allowed(id);
        return Templates.oversight(form(id, caller));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @BeanParam Input input) {
        Caller caller = allowed(id);
        PageForm form = form(id, caller).typed("decision", input.decision).typed("rationale", input.rationale)
                .typed("action-description", input.description).typed("action-owner", input.owner).typed("action-dueDate-day", input.day)
                .typed("action-dueDate-month", input.month).typed("action-dueDate-year", input.year);
        String decision = form.required("decision", "Enter the decision", 4000);
        String rationale = form.optional("rationale", 4000);
        List<SupervisionActionInput> actions = List.of();
        String description = form.optional("action-description", 1000);
        String owner = form.text("action-owner");
        boolean anyDay = form.text("action-dueDate-day") != null || form.text("action-dueDate-month") != null
                || form.text("action-dueDate-year") != null;
        if (description != null || owner != null || anyDay) {
            if (description == null) {
                form.error("action-description", "Enter what is to be done");
            }
            if (owner == null || form.choicesOf("action-owner").stream().noneMatch(choice -> choice.value().equals(owner))) {
                form.error("action-owner", "Select who will do it");
            }
            LocalDate due = form.date("action-dueDate", "Enter the day it is due");
            actions = List.of(new SupervisionActionInput(description, owner, due));
        }
        if (!form.hasErrors()) {
            try {
                oversight.record(id, new OversightRequest(decision, rationale, actions), caller);
                return PageForm.backToFile(id, "oversight");
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused, field -> field.replace("actions[0].", "action."));
            }
        }
        return PageForm.unprocessable(Templates.oversight(form));
    }

    /** 404 for a young person the caller may not see, 403 unless they manage the young person's team. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!oversight.mayRecord(id, caller)) {
            throw new ForbiddenException("A manager of the young person's team records management oversight.");
        }
        return caller;
    }

    private PageForm form(UUID id, Caller caller) {
        return new PageForm(id, youngPeople.facts(id).name()).choices("action-owner", staff.staff(caller).stream()
                .filter(member -> member.disabledAt() == null)
                .map(member -> new Choice(member.username(), member.displayName() + " (" + role(member) + ")")).toList());
    }

    private static String role(StaffResponse member) {
        return switch (member.role()) {
            case WORKER -> "worker";
            case MANAGER -> "manager";
            case IRO -> "IRO";
            case ADMIN -> "administrator";
        };
    }
}
