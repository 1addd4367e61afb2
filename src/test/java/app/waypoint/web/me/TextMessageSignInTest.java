package app.waypoint.web.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import app.waypoint.testsupport.FakeNotify;
import app.waypoint.testsupport.MyWaypointSessions;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.YoungPersonCouncilServices;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import app.waypoint.youngpersonview.domain.senders.ContactKind;
import app.waypoint.youngpersonview.domain.senders.YoungPersonMessenger;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A young person invited with their mobile number gets their code by text message, through GOV.UK Notify (a fake one). */
@QuarkusTest
@TestProfile(YoungPersonCouncilServices.class)
class TextMessageSignInTest {

    private static final String CSRF = "text-message-test-csrf";

    FakeNotify notify;

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    YoungPersonAccessService access;
    @Inject
    @Identifier("sms")
    YoungPersonMessenger sms;

    @Test
    void shouldSignInWithTheCodeNotifyTextedWhenAYoungPersonInvitedByMobileAsksForOne() {
        // given a care leaver invited with their mobile number, written as people write it
        String mobile = mobile("123");
        invite("+44 " + mobile.substring(1, 5) + " " + mobile.substring(5));

        // when they ask for a code with that number
        Response asked = askForCode(mobile);

        // then Notify was asked, with a good token, to text the code template to the number, and that code signs them in
        asked.then().statusCode(303).header("Location", endsWith("/me/code"));
        List<FakeNotify.Received> sent = notify.sentTo(mobile);
        assertThat(sent).hasSize(1);
        FakeNotify.Received text = sent.get(0);
        assertThat(text.method()).isEqualTo("POST");
        assertThat(text.path()).isEqualTo("/v2/notifications/sms");
        assertThat(text.tokenValid()).isTrue();
        assertThat(text.body().path("template_id").asText()).isEqualTo(FakeNotify.CODE_TEMPLATE);
        String code = text.body().path("personalisation").path("code").asText();
        assertThat(code).matches("\\d{6}");
        Response signedIn = given().cookie("csrf-token", CSRF).cookie("waypoint-me-code", asked.getCookie("waypoint-me-code"))
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", CSRF).formParam("code", code)
                .redirects().follow(false).post("/me/code");
        signedIn.then().statusCode(303).header("Location", endsWith("/me"));
        given().cookie(MyWaypointSessions.COOKIE, signedIn.getCookie(MyWaypointSessions.COOKIE)).get("/me")
                .then().statusCode(200).body(containsString("Who helps you"));
    }

    @Test
    void shouldGiveTheSameAnswerWhenNotifyRefusesTheNumberFailsOrDoesNotAnswer() {
        // given three young people invited with numbers Notify refuses (400), fails on (500) and does not answer for in time
        for (String ending : List.of("400", "500", "999")) {
            String mobile = mobile(ending);
            invite(mobile);

            // when they ask for a code, then they are told what anyone is told: to type the code in
            askForCode(mobile).then().statusCode(303).header("Location", endsWith("/me/code"));
            assertThat(notify.sentTo(mobile)).hasSize(1);
        }
    }

    @Test
    void shouldTextANoticeThroughItsOwnTemplateWhenTheSmsSenderSendsOne() {
        String mobile = mobile("321");

        sms.sendNotice(ContactKind.MOBILE, mobile, "Your review is booked. Open Waypoint to see the day.");

        List<FakeNotify.Received> sent = notify.sentTo(mobile);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).tokenValid()).isTrue();
        assertThat(sent.get(0).body().path("template_id").asText()).isEqualTo(FakeNotify.NOTICE_TEMPLATE);
        assertThat(sent.get(0).body().path("personalisation").path("message").asText())
                .isEqualTo("Your review is booked. Open Waypoint to see the day.");
    }

    @Test
    void shouldReachOnlyMobileNumbersWhenAskedWhichContactsItTexts() {
        assertThat(sms.reaches(ContactKind.MOBILE)).isTrue();
        assertThat(sms.reaches(ContactKind.EMAIL)).isFalse();
    }

    private void invite(String mobile) {
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        access.invite(careLeaver, mobile, team.workerCaller());
    }

    private static Response askForCode(String mobile) {
        return given().cookie("csrf-token", CSRF).contentType("application/x-www-form-urlencoded").formParam("csrf-token", CSRF)
                .formParam("contact", mobile).redirects().follow(false).post("/me/sign-in");
    }

    /** A fresh UK mobile number, 07 and 9 digits, ending in {@code ending}. */
    private static String mobile(String ending) {
        int digits = 9 - ending.length();
        return "07" + String.format("%0" + digits + "d", ThreadLocalRandom.current().nextInt((int) Math.pow(10, digits))) + ending;
    }
}
