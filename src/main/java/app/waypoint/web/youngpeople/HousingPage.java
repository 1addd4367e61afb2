package app.waypoint.web.youngpeople;

import app.waypoint.housing.domain.HomelessnessReason;
import app.waypoint.housing.domain.HomelessnessReferralAction;
import app.waypoint.housing.domain.HomelessnessReferralService;
import app.waypoint.housing.domain.HomelessnessReferralsResponse;
import app.waypoint.housing.domain.StartReferralRequest;
import app.waypoint.pathwayreviews.domain.headings.AccommodationHeading;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.web.shell.HousingActionRows;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The young person's housing: whether they are at risk of homelessness (a referral is open), their homelessness referrals with
 * each step, and the form to start one when the referral service allows it. The rules are the referral service's.
 */
@Path("/young-people/{id}/housing")
@Produces(MediaType.TEXT_HTML)
class HousingPage {

    private final HomelessnessReferralService referrals;
    private final AccommodationHeading accommodation;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    HousingPage(HomelessnessReferralService referrals, AccommodationHeading accommodation, YoungPersonService youngPeople, SignedIn signedIn) {
        this.referrals = referrals;
        this.accommodation = accommodation;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    /** The page: at risk or not, the referrals, and the start form when {@code mayStart}. */
    record View(PageForm form, boolean atRisk, boolean mayStart, List<HousingActionRows.Row> referrals) {
    }

    /** The posted start form. */
    public static class Posted {
        @FormParam("reason") public String reason;
        @FormParam("likelyHomelessOn-day") public String likelyDay;
        @FormParam("likelyHomelessOn-month") public String likelyMonth;
        @FormParam("likelyHomelessOn-year") public String likelyYear;
        @FormParam("identifiedOn-day") public String day;
        @FormParam("identifiedOn-month") public String month;
        @FormParam("identifiedOn-year") public String year;
        @FormParam("note") public String note;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance housing(View view);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id) {
        return Templates.housing(view(id, form(id), signedIn.caller()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") UUID id, @BeanParam Posted posted) {
        Caller caller = signedIn.caller();
        if (!referrals.list(id, caller).allowedActions().contains(HomelessnessReferralAction.START)) {
            throw new ForbiddenException("You cannot start a homelessness referral for this young person now.");
        }
        PageForm form = form(id).typed("reason", posted.reason).typed("likelyHomelessOn-day", posted.likelyDay)
                .typed("likelyHomelessOn-month", posted.likelyMonth).typed("likelyHomelessOn-year", posted.likelyYear)
                .typed("identifiedOn-day", posted.day).typed("identifiedOn-month", posted.month).typed("identifiedOn-year", posted.year)
                .typed("note", posted.note);
        HomelessnessReason reason = form.choice("reason", HomelessnessReason.class, "Select whether they are homeless or threatened with homelessness");
        LocalDate likely = reason == HomelessnessReason.THREATENED_WITHIN_56_DAYS ? form.date("likelyHomelessOn", null) : null;
        LocalDate identified = form.date("identifiedOn", "Enter the day you learned of it");
        String note = form.optional("note", 4000);
        if (!form.hasErrors()) {
            try {
                referrals.start(id, new StartReferralRequest(reason, identified, likely, note), caller);
                return Response.seeOther(UriBuilder.fromPath("/young-people/{id}/housing").build(id)).build();
            } catch (InvalidInputException | RuleViolationException | ConflictException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.housing(view(id, form, caller)));
    }

    private View view(UUID id, PageForm form, Caller caller) {
        HomelessnessReferralsResponse state = referrals.list(id, caller);
        return new View(form, state.atRisk(), state.allowedActions().contains(HomelessnessReferralAction.START),
                HousingActionRows.of(accommodation.housingActions(id, caller)));
    }

    private PageForm form(UUID id) {
        return new PageForm(id, youngPeople.facts(id).name())
                .choices("reason", Arrays.stream(HomelessnessReason.values()).map(reason -> new Choice(reason.name(), reason.words())).toList());
    }
}
