package app.waypoint.web.youngpeople;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationRequest;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.EndAllocationRequest;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.PageForm.Choice;
import app.waypoint.web.shell.PageForm;
import app.waypoint.web.shell.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A manager of the young person's team allocates their social worker, personal adviser or IRO, chosen from the people the
 * allocation service offers, or ends the current allocation on a day with the reason. Opened from the file or from the team
 * board ({@code ?back=team}), and goes back there when done.
 */
@Path("/young-people/{id}/allocations/{kind}")
@Produces(MediaType.TEXT_HTML)
public class AllocationPage {

    private static final List<String> END_FIELDS = List.of("endedOn-day", "endedOn-month", "endedOn-year", "reason");

    private final AllocationService allocations;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    AllocationPage(AllocationService allocations, VisibilityService visibility, YoungPersonService youngPeople, SignedIn signedIn) {
        this.allocations = allocations;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    /** Where the manager came from, and goes back to when done: the young person's file (the default) or the team board. */
    enum Back {
        FILE, TEAM;

        static Back of(String posted) {
            return "team".equals(posted) ? TEAM : FILE;
        }
    }

    /** The allocation form: whom to allocate as {@code role}, who has it now (null: nobody), and where to go back to. */
    record View(PageForm form, String kind, String role, String current, Back back) {

        public boolean backToTeam() {
            return back == Back.TEAM;
        }

        /** The link back: the team board or the file. */
        public String backHref() {
            return backToTeam() ? "/team#allocations" : "/young-people/" + form.getYoungPersonId();
        }

        public String backLabel() {
            return backToTeam() ? "Back to the team board" : "Back to " + form.getName();
        }

        /** The role inside a sentence: "personal adviser", "IRO". */
        public String roleInText() {
            return "IRO".equals(role) ? role : role.toLowerCase();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance allocate(View view);

        static native TemplateInstance end(View view);
    }

    @GET
    public TemplateInstance form(@PathParam("id") UUID id, @PathParam("kind") String kind, @QueryParam("back") String back) {
        AllocationKind allocation = kind(kind);
        return Templates.allocate(view(id, allocation, allowed(id), back));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response allocate(@PathParam("id") UUID id, @PathParam("kind") String kind, @FormParam("staffUsername") String username,
                             @FormParam("back") String back) {
        AllocationKind allocation = kind(kind);
        Caller caller = allowed(id);
        View view = view(id, allocation, caller, back);
        PageForm form = view.form().typed("staffUsername", username);
        String chosen = form.text("staffUsername");
        if (chosen == null || form.choicesOf("staffUsername").stream().noneMatch(choice -> choice.value().equals(chosen))) {
            form.error("staffUsername", "Select who to allocate as " + view.roleInText());
        } else {
            try {
                allocations.allocate(id, new AllocationRequest(allocation, chosen), caller);
                return done(id, view.back());
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.allocate(view));
    }

    @GET
    @Path("/end")
    public TemplateInstance confirmEnd(@PathParam("id") UUID id, @PathParam("kind") String kind, @QueryParam("back") String back) {
        AllocationKind allocation = kind(kind);
        Caller caller = allowed(id);
        currentOrConflict(id, allocation);
        return Templates.end(view(id, allocation, caller, back));
    }

    @POST
    @Path("/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response end(@PathParam("id") UUID id, @PathParam("kind") String kind, MultivaluedMap<String, String> posted) {
        AllocationKind allocation = kind(kind);
        Caller caller = allowed(id);
        AllocationResponse current = currentOrConflict(id, allocation);
        View view = view(id, allocation, caller, posted.getFirst("back"));
        PageForm form = view.form();
        END_FIELDS.forEach(field -> form.typed(field, posted.getFirst(field)));
        LocalDate endedOn = form.date("endedOn", "Enter the day the allocation ends");
        String reason = form.required("reason", "Enter why the allocation ends", 500);
        if (!form.hasErrors()) {
            try {
                allocations.end(id, current.id(), new EndAllocationRequest(endedOn, reason), caller);
                return done(id, view.back());
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.end(view));
    }

    /** 404 for a young person the caller may not see, 403 for one they may not allocate to. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!allocations.mayAllocate(id, caller)) {
            throw new ForbiddenException("Only a manager of the young person's team allocates their staff.");
        }
        return caller;
    }

    private AllocationResponse currentOrConflict(UUID id, AllocationKind kind) {
        return allocations.current(id, kind).orElseThrow(() -> new ConflictException("no-current-allocation",
                "Nobody is allocated as " + YoungPersonCards.label(kind).toLowerCase() + " now."));
    }

    /** After allocating or ending: back to the team board when the manager came from it, otherwise to the file's allocations. */
    private static Response done(UUID id, Back back) {
        return back == Back.TEAM ? Response.seeOther(UriBuilder.fromPath("/team").fragment("allocations").build()).build()
                : PageForm.backToFile(id, "allocations");
    }

    private View view(UUID id, AllocationKind kind, Caller caller, String back) {
        List<StaffResponse> candidates = allocations.candidates(id, kind, caller);
        String current = allocations.allocatedUsername(id, kind).map(username -> candidates.stream()
                .filter(member -> member.username().equals(username)).map(StaffResponse::displayName).findFirst().orElse(username))
                .orElse(null);
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).choices("staffUsername", candidates.stream()
                .map(member -> new Choice(member.username(), member.displayName())).toList());
        return new View(form, path(kind), YoungPersonCards.label(kind), current, Back.of(back));
    }

    /** The allocation kinds as they appear in addresses: social-worker, personal-adviser, iro. */
    public static String path(AllocationKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    private static AllocationKind kind(String path) {
        return Arrays.stream(AllocationKind.values()).filter(kind -> path(kind).equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("allocation kind", path));
    }
}
