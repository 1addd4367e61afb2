package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.TransitionWork.PlanStep;
import app.waypoint.testsupport.TransitionWork;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pathway plan pages: the editor saves the young person's one plan (errors beside each action's row), a manager signs it
 * off with an oversight note, two versions side by side, the young person's printed copy and the copy given, and the
 * transition's "Write pathway plan" step done from the editor.
 */
@QuarkusTest
class PathwayPlanPageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    TransitionWork transitions;

    private TeamFixture team;
    private UUID careLeaver;
    private LocalDate today;

    @BeforeEach
    void careLeaverOfTheTeam() {
        team = people.team();
        today = clock.today();
        careLeaver = people.careLeaver(team, today, 19);
    }

    @Test
    void shouldShowTheSavedDraftAsSectionsWithItsActionsWhenTheWorkerWritesThePlanInTheEditor() {
        // given the social worker, on a file with no plan yet
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(page(worker, "")).contains("No pathway plan has been written").contains("id=\"edit-plan\"");
        assertThat(page(worker, "/edit")).contains("Contact and personal support").contains("Identity: religion, ethnicity, culture and language")
                .contains("Contingency plan").contains(team.adviser().displayName());

        // when they save a draft with two actions
        form(worker).formParams(plan("Weekly visits from the PA", "Supported lodgings if the placement ends"))
                .formParams(action(0, "ACCOMMODATION", "Visit supported lodgings", team.adviser().username(), today.plusDays(14)))
                .formParams(action(1, "HEALTH", "Register with a GP", team.worker().username(), today.plusDays(30)))
                .formParam("then", "save")
                .post("/young-people/{id}/pathway-plan/edit", careLeaver).then().statusCode(303)
                .header("Location", endsWith("/young-people/" + careLeaver + "/pathway-plan"));

        // then the plan page shows the draft's sections in words, with each action's owner by name and its due date
        String plan = page(worker, "");
        assertThat(plan).contains("Draft").contains("Version 1").contains("Weekly visits from the PA")
                .contains("Supported lodgings if the placement ends").contains("Visit supported lodgings")
                .contains(team.adviser().displayName()).contains(DueWording.date(today.plusDays(14))).contains("Register with a GP")
                .contains("I want to stay near my college").doesNotContain("ACCOMMODATION");
        // and a worker is not offered the sign-off, which is a manager's
        assertThat(plan).contains("id=\"edit-plan\"").doesNotContain("id=\"sign-off-plan\"");
        form(worker).formParam("oversightNote", "Fine").post("/young-people/{id}/pathway-plan/sign-off", careLeaver).then().statusCode(403);

        // and the file links the plan
        assertThat(given().cookies(worker).get("/young-people/{id}", careLeaver).then().statusCode(200).extract().asString())
                .contains("id=\"open-pathway-plan\"").contains("Version 1, a draft");
    }

    @Test
    void shouldShowEachActionsMessagesBesideItsRowAndSaveNothingWhenAnActionIsIncomplete() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        // an action with no owner or due date: the page's own messages, linked from the summary
        Map<String, String> noOwner = new HashMap<>(Map.of("action-0-part", "HEALTH", "action-0-description", "Register with a GP"));
        form(worker).formParams(plan("Visits", "A plan B")).formParams(noOwner).formParam("rows", "2").formParam("then", "save")
                .post("/young-people/{id}/pathway-plan/edit", careLeaver).then().statusCode(422)
                .body(containsString("There is a problem"))
                .body(containsString("<a href=\"#action-0-owner\">Select who will do it</a>"))
                .body(containsString("<a href=\"#action-0-dueDate\">Enter the day it is due</a>"))
                .body(containsString("value=\"Register with a GP\""));

        // a due date in the past: the plan's rule, beside that row's date
        form(worker).formParams(plan("Visits", "A plan B"))
                .formParams(action(1, "HEALTH", "Register with a GP", team.worker().username(), today.minusDays(3)))
                .formParam("then", "save")
                .post("/young-people/{id}/pathway-plan/edit", careLeaver).then().statusCode(422)
                .body(containsString("id=\"action-1-dueDate-error\""))
                .body(containsString("must not be in the past"));

        // and nothing was saved
        assertThat(page(worker, "")).contains("No pathway plan has been written");
    }

    @Test
    void shouldAddABlankActionRowWithoutSavingWhenAnotherActionIsAsked() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        // when they ask for another action with two rows shown
        String editor = form(worker).formParams(plan("Visits", "A plan B")).formParam("rows", "2").formParam("then", "add")
                .post("/young-people/{id}/pathway-plan/edit", careLeaver).then().statusCode(200).extract().asString();

        // then a third row is there, what they typed is kept, and nothing is saved
        assertThat(editor).contains("id=\"action-2-description\"").doesNotContain("id=\"action-3-description\"").contains(">Visits</textarea>");
        assertThat(page(worker, "")).contains("No pathway plan has been written");
    }

    @Test
    void shouldSignOffWithTheOversightNoteWhenTheManagerSignsAPlanWithAContingencyPlan() {
        // given a draft with no contingency plan
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        save(worker, plan("Weekly visits", ""));
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        assertThat(page(manager, "")).contains("id=\"sign-off-plan\"");

        // when the manager signs it off: refused, with the rule at the top
        form(manager).formParam("oversightNote", "Realistic plan").post("/young-people/{id}/pathway-plan/sign-off", careLeaver)
                .then().statusCode(422).body(containsString("A plan cannot be signed off without a contingency plan"));
        // and without a note: the field's message
        form(manager).post("/young-people/{id}/pathway-plan/sign-off", careLeaver)
                .then().statusCode(422).body(containsString("<a href=\"#oversightNote\">Enter your oversight note</a>"));

        // when the contingency plan is written and the manager signs off
        save(worker, plan("Weekly visits", "Supported lodgings if the placement ends"));
        form(manager).formParam("oversightNote", "Realistic plan; review the budget in March")
                .post("/young-people/{id}/pathway-plan/sign-off", careLeaver).then().statusCode(303);

        // then the plan is signed off by them, with their note, and offers no second sign-off
        String plan = page(manager, "");
        assertThat(plan).contains("Signed off").contains(team.manager().displayName())
                .contains("Realistic plan; review the budget in March").doesNotContain("id=\"sign-off-plan\"");
    }

    @Test
    void shouldMarkTheChangedSectionsWhenTwoVersionsAreSideBySide() {
        // given version 1 signed off and version 2 a draft with the accommodation changed
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        save(worker, plan("Weekly visits", "Supported lodgings if the placement ends"));
        form(manager).formParam("oversightNote", "Agreed").post("/young-people/{id}/pathway-plan/sign-off", careLeaver).then().statusCode(303);
        Map<String, String> second = plan("Weekly visits", "Supported lodgings if the placement ends");
        second.put("headings-accommodation", "Moved to a council flat");
        save(worker, second);

        // when the worker compares them
        String versions = page(worker, "/versions?left=1&right=2");

        // then both versions are there, and only the accommodation is marked as changed
        assertThat(versions).contains("Version 1").contains("Version 2").contains("Moved to a council flat")
                .contains("class=\"plan-section changed\" id=\"left-accommodation\"")
                .contains("class=\"plan-section\" id=\"left-contactAndSupport\"");
        // and while version 2 is a draft, the copy of version 1 can still be recorded as given
        assertThat(page(worker, "")).contains("id=\"compare-versions\"").contains("Record the copy of version 1 given");
    }

    @Test
    void shouldPrintAPlainLanguageCopyAndRecordTheDayItWasGivenOnce() {
        // given a signed-off plan
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        save(worker, plan("Weekly visits", "Supported lodgings if the placement ends"));
        form(PageSessions.signIn(team.manager().username())).formParam("oversightNote", "Agreed")
                .post("/young-people/{id}/pathway-plan/sign-off", careLeaver).then().statusCode(303);

        // when the worker prints the copy for the young person
        String copy = page(worker, "/print");

        // then it is in plain words, without the staff's navigation
        assertThat(copy).contains("Your pathway plan").contains("If things do not go to plan").contains("Where you live")
                .contains("What you told us").doesNotContain("aria-label=\"Main\"").doesNotContain("Contingency plan");

        // when they record a day in the future: the plan's rule beside the date
        form(worker).params(date("givenOn", today.plusDays(3))).post("/young-people/{id}/pathway-plan/copy-given", careLeaver)
                .then().statusCode(422).body(containsString("id=\"givenOn-error\""));

        // when they record today
        form(worker).params(date("givenOn", today)).post("/young-people/{id}/pathway-plan/copy-given", careLeaver).then().statusCode(303);

        // then the plan says so, and the copy is not offered again
        assertThat(page(worker, "")).contains("A copy was given to").contains(DueWording.date(today))
                .doesNotContain("id=\"record-copy-given\"");
        given().cookies(worker).get("/young-people/{id}/pathway-plan/copy-given", careLeaver).then().statusCode(403);
    }

    @Test
    void shouldLetTheIroReadThePlanButNotWriteIt() {
        // given a draft
        save(PageSessions.signIn(team.worker().username()), plan("Weekly visits", "Supported lodgings"));

        // when the IRO opens it
        Map<String, String> iro = PageSessions.signIn(team.iro().username());

        // then they read it, with nothing to do on it
        assertThat(page(iro, "")).contains("Weekly visits").doesNotContain("id=\"edit-plan\"").doesNotContain("id=\"sign-off-plan\"");
        given().cookies(iro).get("/young-people/{id}/pathway-plan/edit", careLeaver).then().statusCode(403);
    }

    @Test
    void shouldCompleteTheWritePlanStepFromTheEditorWhenTheTaskOpensIt() {
        // given a transition at "Write pathway plan"
        PlanStep step = transitions.atWritePathwayPlan(team);
        Map<String, String> worker = PageSessions.signIn(team.worker().username());

        // then the task page has no free-text form, and opens the editor
        String task = given().cookies(worker).get("/tasks/{id}", step.taskId()).then().statusCode(200).extract().asString();
        assertThat(task).contains("Write the plan in the pathway plan editor").doesNotContain("planSummary")
                .contains("/young-people/" + step.youngPersonId() + "/pathway-plan/edit?task=" + step.taskId());

        // when they complete the step from the task page before writing the plan: refused, and the step stays open
        form(worker).post("/tasks/{id}/completion", step.taskId()).then().statusCode(422)
                .body(containsString("Write the pathway plan first"));

        // when they write the plan in the editor opened from the task, and save and complete
        assertThat(given().cookies(worker).get("/young-people/{id}/pathway-plan/edit?task={task}", step.youngPersonId(), step.taskId())
                .then().statusCode(200).extract().asString()).contains("id=\"save-and-complete\"");
        form(worker).formParams(plan("Weekly visits", "Stay with carers if college ends"))
                .formParams(action(0, "EDUCATION_AND_TRAINING", "Apply to college", team.worker().username(), today.plusDays(20)))
                .formParam("task", step.taskId()).formParam("then", "complete")
                .post("/young-people/{id}/pathway-plan/edit", step.youngPersonId()).then().statusCode(303)
                .header("Location", containsString("/tasks?completed="));

        // then the step is done and the plan is the young person's one plan, version 1
        given().cookies(worker).get("/tasks/{id}", step.taskId()).then().statusCode(not(200));
        assertThat(given().cookies(worker).get("/young-people/{id}/pathway-plan", step.youngPersonId()).then().statusCode(200)
                .extract().asString()).contains("Version 1").contains("Apply to college").doesNotContain("id=\"compare-versions\"");
    }

    private String page(Map<String, String> session, String path) {
        return given().cookies(session).get("/young-people/{id}/pathway-plan" + path, careLeaver).then().statusCode(200).extract().asString();
    }

    private void save(Map<String, String> session, Map<String, String> plan) {
        form(session).formParams(plan).formParam("then", "save").post("/young-people/{id}/pathway-plan/edit", careLeaver)
                .then().statusCode(303);
    }

    /** The plan's texts: contact and support, the contingency plan and the young person's views; no actions. */
    private static Map<String, String> plan(String contact, String contingency) {
        Map<String, String> fields = new HashMap<>();
        fields.put("youngPersonViews", "I want to stay near my college");
        fields.put("headings-contactAndSupport", contact);
        fields.put("headings-contingencyPlan", contingency);
        fields.put("rows", "2");
        return fields;
    }

    private static Map<String, String> action(int row, String part, String what, String owner, LocalDate due) {
        Map<String, String> fields = new HashMap<>(date("action-" + row + "-dueDate", due));
        fields.put("action-" + row + "-part", part);
        fields.put("action-" + row + "-description", what);
        fields.put("action-" + row + "-owner", owner);
        return fields;
    }

    private static RequestSpecification form(Map<String, String> session) {
        return given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token"));
    }

    private static Map<String, String> date(String name, LocalDate day) {
        return Map.of(name + "-day", Integer.toString(day.getDayOfMonth()), name + "-month", Integer.toString(day.getMonthValue()),
                name + "-year", Integer.toString(day.getYear()));
    }
}
