package app.waypoint.web.plans;

import app.waypoint.pathwayreviews.domain.headings.AccommodationHeading;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanAction;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.pathwayreviews.domain.plan.PlanVersionSummary;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.web.plans.PathwayPlanSections.Plan;
import app.waypoint.web.plans.PathwayPlanSections.Section;
import app.waypoint.web.shell.HousingActionRows;
import app.waypoint.web.shell.SignedIn;
import app.waypoint.youngpersonview.domain.voice.ActionAnswerResponse;
import app.waypoint.youngpersonview.domain.voice.TheirActionAnswers;
import app.waypoint.youngpersonview.domain.voice.TheirViewsService;
import app.waypoint.youngpersonview.domain.voice.ViewsResponse;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The young person's pathway plan: the current version as readable sections with what the caller may do with it (as the plan's
 * rules say), two versions side by side with the changed sections marked, and a plain-language copy to print for the young person.
 */
@Path("/young-people/{id}/pathway-plan")
@Produces(MediaType.TEXT_HTML)
class PathwayPlanPage {

    private final PathwayPlanService plans;
    private final PathwayPlanSections sections;
    private final YoungPersonService youngPeople;
    private final TheirViewsService theirViews;
    private final TheirActionAnswers theirAnswers;
    private final SignedIn signedIn;
    private final AccommodationHeading accommodation;

    PathwayPlanPage(PathwayPlanService plans, PathwayPlanSections sections, YoungPersonService youngPeople, TheirViewsService theirViews,
                    TheirActionAnswers theirAnswers, SignedIn signedIn, AccommodationHeading accommodation) {
        this.theirAnswers = theirAnswers;
        this.plans = plans;
        this.sections = sections;
        this.youngPeople = youngPeople;
        this.theirViews = theirViews;
        this.signedIn = signedIn;
        this.accommodation = accommodation;
    }

    /**
     * The plan page: {@code plan} is null when none is written yet; {@code mayWrite} offers the editor then. {@code copyToRecord}
     * is the last signed-off version when its copy may be recorded as given (also while the next version is a draft), else null.
     * {@code theirViews} are what the young person gave on their own page, newest first, shown as they wrote them;
     * {@code theirAnswers} what they last said about each action (done or not yet), by the action's id.
     */
    record View(UUID youngPersonId, String name, Plan plan, boolean mayWrite, int versions, Integer copyToRecord,
                List<ViewsResponse> theirViews, List<HousingActionRows.Row> housing, Map<UUID, ActionAnswerResponse> theirAnswers) {

        /** What the young person last said about this action, or null. */
        public ActionAnswerResponse answerTo(String actionId) {
            return actionId.isEmpty() ? null : theirAnswers.get(UUID.fromString(actionId));
        }
    }

    /** Two versions side by side, each heading once with whether it changed between them. */
    record Comparison(UUID youngPersonId, String name, List<Integer> versions, Plan left, Plan right, List<Row> rows,
                      boolean viewsChanged) {
    }

    /** A heading in both versions, and whether it changed between them. */
    record Row(boolean changed, List<Side> sides) {
    }

    /** A heading in one version: {@code key} is {@code left} or {@code right}. */
    record Side(String key, int version, Section section) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(View view);

        static native TemplateInstance versions(Comparison view);

        static native TemplateInstance print(UUID youngPersonId, String name, Plan plan);
    }

    @GET
    public TemplateInstance show(@PathParam("id") UUID id) {
        Caller caller = signedIn.caller();
        List<PlanVersionSummary> versions = plans.versions(id, caller);
        Plan plan = versions.isEmpty() ? null : sections.of(plans.current(id, caller));
        Integer copyToRecord = versions.stream().filter(version -> version.status() == PlanStatus.SIGNED_OFF).findFirst()
                .map(version -> plans.version(id, version.version(), caller))
                .filter(signedOff -> signedOff.allowedActions().contains(PathwayPlanAction.RECORD_COPY_GIVEN))
                .map(PathwayPlanResponse::version).orElse(null);
        return Templates.plan(new View(id, youngPeople.facts(id).name(), plan, plans.mayWrite(id, caller), versions.size(), copyToRecord,
                theirViews.list(id, caller), HousingActionRows.of(accommodation.housingActions(id, caller)), theirAnswers.list(id, caller)));
    }

    /** Versions {@code left} and {@code right} side by side; by default the one before the newest, and the newest. */
    @GET
    @Path("/versions")
    public TemplateInstance compare(@PathParam("id") UUID id, @QueryParam("left") @DefaultValue("0") int left,
                                    @QueryParam("right") @DefaultValue("0") int right) {
        Caller caller = signedIn.caller();
        List<Integer> numbers = plans.versions(id, caller).stream().map(PlanVersionSummary::version).sorted().toList();
        int newest = numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1);
        int shownRight = right > 0 ? right : newest;
        int shownLeft = left > 0 ? left : Math.max(1, shownRight - 1);
        Plan older = sections.of(plans.version(id, shownLeft, caller));
        Plan newer = sections.of(plans.version(id, shownRight, caller));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < older.sections().size(); i++) {
            Section a = older.sections().get(i);
            Section b = newer.sections().get(i);
            rows.add(new Row(!a.sameAs(b), List.of(new Side("left", older.version(), a), new Side("right", newer.version(), b))));
        }
        boolean viewsChanged = !String.valueOf(older.views()).equals(String.valueOf(newer.views()));
        return Templates.versions(new Comparison(id, youngPeople.facts(id).name(), numbers, older, newer, rows, viewsChanged));
    }

    /**
     * The young person's own copy, in plain words, to print: no navigation, the headings as they would say them. It is the last
     * signed-off version, or the draft while none is signed off (marked as a draft).
     */
    @GET
    @Path("/print")
    public TemplateInstance print(@PathParam("id") UUID id) {
        Caller caller = signedIn.caller();
        Plan plan = plans.versions(id, caller).stream().filter(version -> version.status() == PlanStatus.SIGNED_OFF).findFirst()
                .map(version -> sections.of(plans.version(id, version.version(), caller)))
                .orElseGet(() -> sections.of(plans.current(id, caller)));
        return Templates.print(id, youngPeople.facts(id).name(), plan);
    }
}
