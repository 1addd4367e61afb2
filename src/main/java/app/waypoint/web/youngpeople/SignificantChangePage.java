package app.waypoint.web.youngpeople;

import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeRequest;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A worker or manager records a significant change in the young person's life; the pathway reviews feature starts a review
 * (or records it on the open one) and, for a move, records the new accommodation with its suitability.
 */
@Path("/young-people/{id}/significant-change")
@Produces(MediaType.TEXT_HTML)
public class SignificantChangePage {

    private final PathwayReviewService reviews;
    private final YoungPersonRecordService records;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final SignedIn signedIn;

    SignificantChangePage(PathwayReviewService reviews, YoungPersonRecordService records, VisibilityService visibility,
                          YoungPersonService youngPeople, SignedIn signedIn) {
        this.reviews = reviews;
        this.records = records;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.signedIn = signedIn;
    }

    /** The form as posted. */
    public static class Input {
        @FormParam("kind") public String kind;
        @FormParam("occurredOn-day") public String day;
        @FormParam("occurredOn-month") public String month;
        @FormParam("occurredOn-year") public String year;
        @FormParam("detail") public String detail;
        @FormParam("accommodation-category") public String category;
        @FormParam("accommodation-addressOrProvider") public String addressOrProvider;
        @FormParam("accommodation-startDate-day") public String startDay;
        @FormParam("accommodation-startDate-month") public String startMonth;
        @FormParam("accommodation-startDate-year") public String startYear;
        @FormParam("accommodation-sharedHousing") public String sharedHousing;
        @FormParam("accommodation-suitable") public String suitable;
        @FormParam("accommodation-rationale") public String rationale;
        @FormParam("accommodation-judgedBy") public String judgedBy;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance significantChange(PageForm form);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id) {
        allowed(id);
        return Templates.significantChange(form(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @BeanParam Input input) {
        Caller caller = allowed(id);
        PageForm form = form(id).typed("kind", input.kind).typed("occurredOn-day", input.day).typed("occurredOn-month", input.month)
                .typed("occurredOn-year", input.year).typed("detail", input.detail).typed("accommodation-category", input.category)
                .typed("accommodation-addressOrProvider", input.addressOrProvider).typed("accommodation-startDate-day", input.startDay)
                .typed("accommodation-startDate-month", input.startMonth).typed("accommodation-startDate-year", input.startYear)
                .typed("accommodation-sharedHousing", input.sharedHousing).typed("accommodation-suitable", input.suitable)
                .typed("accommodation-rationale", input.rationale).typed("accommodation-judgedBy", input.judgedBy);
        SignificantChangeKind kind = form.choice("kind", SignificantChangeKind.class, "Select what changed");
        LocalDate occurredOn = form.date("occurredOn", "Enter the day it happened");
        String detail = form.optional("detail", 4000);
        AccommodationRequest accommodation = kind == SignificantChangeKind.MOVE ? accommodation(form) : null;
        if (!form.hasErrors()) {
            try {
                reviews.recordSignificantChange(id, new SignificantChangeRequest(kind, occurredOn, detail, accommodation), caller);
                return PageForm.backToFile(id, "chronology");
            } catch (InvalidInputException | RuleViolationException refused) {
                form.refused(refused);
            }
        }
        return PageForm.unprocessable(Templates.significantChange(form));
    }

    /** A move's new accommodation, every part of it required but the rationale (which the record's rules ask for when needed). */
    private static AccommodationRequest accommodation(PageForm form) {
        String category = form.required("accommodation-category", "Select the type of accommodation", 4);
        String where = form.required("accommodation-addressOrProvider", "Enter the address area or the provider", 300);
        LocalDate from = form.date("accommodation-startDate", "Enter the day they moved in");
        String suitable = form.required("accommodation-suitable", "Select whether the accommodation is suitable", 5);
        String judgedBy = form.required("accommodation-judgedBy", "Enter who judged the suitability", 160);
        return new AccommodationRequest(category, where, from, "true".equals(form.text("accommodation-sharedHousing")),
                suitable == null ? null : "true".equals(suitable), form.optional("accommodation-rationale", 4000), judgedBy);
    }

    /** 404 for a young person the caller may not see, 403 for one they may not record a change for. */
    private Caller allowed(UUID id) {
        Caller caller = signedIn.caller();
        visibility.requireVisible(id, caller);
        if (!reviews.mayRecordSignificantChange(id, caller)) {
            throw new ForbiddenException("You cannot record a significant change for this young person.");
        }
        return caller;
    }

    private PageForm form(UUID id) {
        return new PageForm(id, youngPeople.facts(id).name())
                .choices("kind", Arrays.stream(SignificantChangeKind.values()).map(k -> new Choice(k.name(), words(k))).toList())
                .choices("accommodation-category", records.accommodationCategories().stream()
                        .map(category -> new Choice(category.code(), category.description())).toList())
                .choices("accommodation-suitable", List.of(new Choice("true", "Suitable"), new Choice("false", "Not suitable")));
    }

    public static String words(SignificantChangeKind kind) {
        return switch (kind) {
            case MOVE -> "Moved home";
            case CUSTODY -> "Went into custody";
            case PARENTHOOD -> "Became a parent";
            case LOSS_OF_EET -> "Lost their education, employment or training";
            case MISSING -> "Went missing";
            case EXPLOITATION_RISK -> "At risk of exploitation";
            case STAYING_PUT_CHANGE -> "Staying put arrangement changed";
            case HOUSE_PROJECT_MOVE -> "Moved home through the House Project";
        };
    }
}
