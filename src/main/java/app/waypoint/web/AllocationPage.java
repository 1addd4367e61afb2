package app.waypoint.web;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationRequest;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.PageForm.Choice;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A manager of the young person's team allocates their social worker, personal adviser or IRO, chosen from the people the
 * allocation service offers, or ends the current allocation after a confirmation.
 */
@Path("/young-people/{id}/allocations/{kind}")
@Produces(MediaType.TEXT_HTML)
class AllocationPage {

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

    /** The allocation form: whom to allocate as {@code role}, and who has it now (null: nobody). */
    record View(PageForm form, String kind, String role, String current) {

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
    public TemplateInstance form(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        AllocationKind allocation = kind(kind);
        return Templates.allocate(view(id, allocation, allowed(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response allocate(@PathParam("id") UUID id, @PathParam("kind") String kind, @FormParam("staffUsername") String username) {
        AllocationKind allocation = kind(kind);
        Caller caller = allowed(id);
        View view = view(id, allocation, caller);
        PageForm form = view.form().typed("staffUsername", username);
        String chosen = form.text("staffUsername");
        if (chosen == null || form.choicesOf("staffUsername").stream().noneMatch(choice -> choice.value().equals(chosen))) {
            form.error("staffUsername", "Select who to allocate as " + view.roleInText());
        } else {
            try {
                allocations.allocate(id, new AllocationRequest(allocation, chosen), caller);
                return PageForm.backToFile(id, "allocations");
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.allocate(view));
    }

    @GET
    @Path("/end")
    public TemplateInstance confirmEnd(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        AllocationKind allocation = kind(kind);
        View view = view(id, allocation, allowed(id));
        if (view.current() == null) {
            throw new ConflictException("no-current-allocation", "Nobody is allocated as " + view.roleInText() + " now.");
        }
        return Templates.end(view);
    }

    @POST
    @Path("/end")
    public Response end(@PathParam("id") UUID id, @PathParam("kind") String kind) {
        AllocationKind allocation = kind(kind);
        allocations.end(id, allocation, allowed(id));
        return PageForm.backToFile(id, "allocations");
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

    private View view(UUID id, AllocationKind kind, Caller caller) {
        List<StaffResponse> candidates = allocations.candidates(id, kind, caller);
        String current = allocations.allocatedUsername(id, kind).map(username -> candidates.stream()
                .filter(member -> member.username().equals(username)).map(StaffResponse::displayName).findFirst().orElse(username))
                .orElse(null);
        PageForm form = new PageForm(id, youngPeople.facts(id).name()).choices("staffUsername", candidates.stream()
                .map(member -> new Choice(member.username(), member.displayName())).toList());
        return new View(form, path(kind), YoungPersonCards.label(kind), current);
    }

    /** The allocation kinds as they appear in addresses: social-worker, personal-adviser, iro. */
    static String path(AllocationKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    private static AllocationKind kind(String path) {
        return Arrays.stream(AllocationKind.values()).filter(kind -> path(kind).equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("allocation kind", path));
    }
}
