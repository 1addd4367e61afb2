package app.waypoint.security;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bearer token must be signed by the issuer, meant for Waypoint, valid already and not yet expired, and short-lived. */
@QuarkusTest
class TokenChecksTest {

    private static final String TASKS = "/api/tasks";

    @Inject
    PeopleFixtures people;

    private TeamFixture team;

    @BeforeEach
    void team() {
        team = people.team();
    }

    @Test
    void shouldAnswer200WhenTokenIsGood() {
        given().header("Authorization", team.workerToken()).get(TASKS).then().statusCode(200);
    }

    @Test
    void shouldAnswer401WhenThereIsNoToken() {
        given().get(TASKS).then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer401WhenTokenIsForAnotherAudience() {
        // given a token the issuer made for another service
        String token = claims().audience("payroll").sign();

        // when it is used, then it is refused
        as(token).then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer401WhenTokenHasNoAudience() {
        as(claims().audience(Set.of()).sign()).then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer401WhenTokenHasExpired() {
        // given a token that expired an hour ago
        Instant now = Instant.now();
        String token = claims().issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1))).sign();

        // when it is used, then it is refused
        as(token).then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer401WhenTokenIsNotValidYet() {
        // given a token valid only from an hour from now
        Instant now = Instant.now();
        String token = claims().claim("nbf", now.plus(Duration.ofHours(1)).getEpochSecond()).expiresAt(now.plus(Duration.ofHours(2))).sign();

        // when it is used, then it is refused
        as(token).then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer401WhenTokenLivesLongerThanTheMaximum() {
        // given a token issued now that would live for 9 hours (the maximum is 8)
        Instant now = Instant.now();
        String token = claims().issuedAt(now).expiresAt(now.plus(Duration.ofHours(9))).sign();

        // when it is used, then it is refused
        as(token).then().spec(problem(401, "unauthenticated"));
    }

    @Test
    void shouldAnswer200WhenTokenLivesAWorkingDay() {
        Instant now = Instant.now();
        as(claims().issuedAt(now).expiresAt(now.plus(Duration.ofHours(8))).sign()).then().statusCode(200);
    }

    private JwtClaimsBuilder claims() {
        return Tokens.claims(team.worker().username(), "worker");
    }

    private static Response as(String token) {
        return given().header("Authorization", "Bearer " + token).get(TASKS);
    }
}
