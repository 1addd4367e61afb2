package app.waypoint.testsupport;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error response must look like: {@code application/problem+json} with type, title, status, detail and instance. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TYPE_BASE = "https://waypoint.app/problems/";

    private Problems() {
    }

    /** A problem document with this status, and nothing in it that looks like a stack trace or a class name. */
    public static ResponseSpecification problem(int status) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith(PROBLEM_JSON))
                .expectBody("status", equalTo(status))
                .expectBody("type", startsWith(TYPE_BASE))
                .expectBody("title", notNullValue())
                .expectBody("detail", notNullValue())
                .expectBody("instance", startsWith("/"))
                .expectBody("detail", not(containsString("Exception")))
                .expectBody("detail", not(containsString("at app.waypoint")))
                .build();
    }

    /** A problem document with this status and type (the last segment of the type URI). */
    public static ResponseSpecification problem(int status, String type) {
        return new ResponseSpecBuilder()
                .addResponseSpecification(problem(status))
                .expectBody("type", equalTo(TYPE_BASE + type))
                .build();
    }
}
