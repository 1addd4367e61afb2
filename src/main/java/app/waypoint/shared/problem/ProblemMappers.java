package app.waypoint.shared.problem;

import app.waypoint.shared.Causes;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one place where exceptions become {@code application/problem+json}; no class names, SQL or stack traces leak. The log
 * names the endpoint (resource and method), never the request's path, query or body: those are the caller's to write, and a
 * line break in them would forge a log line. Client errors are logged at DEBUG without a stack trace.
 */
class ProblemMappers {

    /** PostgreSQL's class of data exceptions (a value it cannot store: NUL in text, a date or number out of range). */
    private static final String SQL_DATA_EXCEPTION = "22";
    private static final String SQL_FOREIGN_KEY_VIOLATION = "23503";

    @ServerExceptionMapper
    Response waypoint(WaypointException e, UriInfo uri, SimpleResourceInfo resource) {
        return respond(e, uri, resource);
    }

    /**
     * A value of the wrong type or format (a string for a boolean, an impossible date, an unknown enum constant). Declared
     * on its own because quarkus-rest-jackson has a built-in mapper for this type (priority USER + 100), which would
     * otherwise answer with plain JSON naming the Java class instead of a problem document.
     */
    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri, SimpleResourceInfo resource) {
        return malformedJson(e, uri, resource);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e, UriInfo uri, SimpleResourceInfo resource) {
        Log.debugf("400 malformed-request from %s", endpoint(resource));
        return respond(uri, "malformed-request", "Malformed request", 400, "The request body is not valid JSON for this endpoint.",
                JsonErrors.of(e));
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri, SimpleResourceInfo resource) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(new InvalidInputException("The request has invalid fields.", errors), uri, resource);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(uri, "unauthenticated", "Not signed in", 401, "A valid bearer token is required.", List.of());
    }

    @ServerExceptionMapper
    Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(uri, "forbidden", "Not allowed", 403, "Your role may not do this.", List.of());
    }

    @ServerExceptionMapper
    Response web(WebApplicationException e, UriInfo uri, SimpleResourceInfo resource) {
        Optional<WaypointException> known = Causes.find(e, WaypointException.class);
        if (known.isPresent()) {
            // a query parameter refused by shared.QueryParameters, which JAX-RS wraps in a 404
            return respond(known.get(), uri, resource);
        }
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // quarkus-rest-jackson reports a body that is not JSON as a 400 WebApplicationException wrapping the parser's error
            return malformedJson(unreadable, uri, resource);
        }
        int status = e.getResponse().getStatus();
        Response.Status standard = Response.Status.fromStatusCode(status);
        String title = standard == null ? "Request failed" : standard.getReasonPhrase();
        String detail = status == 415 ? "The request body must be application/json." : title + ".";
        Log.debugf("%d from %s", status, endpoint(resource));
        return respond(uri, title.toLowerCase().replace(' ', '-'), title, status, detail, List.of());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri, SimpleResourceInfo resource) {
        Optional<WaypointException> known = Causes.find(e, WaypointException.class);
        if (known.isPresent()) {
            return respond(known.get(), uri, resource);
        }
        if (Causes.find(e, ClosedChannelException.class).isPresent()) {
            // a browser closed the page while a live stream was still writing to it: nobody is there to answer
            Log.debugf("Client went away from %s", endpoint(resource));
            return Response.noContent().build();
        }
        Optional<String> sqlState = Causes.find(e, SQLException.class).map(SQLException::getSQLState);
        if (sqlState.filter(state -> state.startsWith(SQL_DATA_EXCEPTION)).isPresent()) {
            // a value no check caught that the database cannot store: the caller's to fix, but worth a check of our own
            Log.warnf("The database refused a value (SQL state %s) in %s", sqlState.get(), endpoint(resource));
            return respond(uri, "invalid-input", "Invalid input", 400, "A value in the request cannot be stored.", List.of());
        }
        if (sqlState.filter(SQL_FOREIGN_KEY_VIOLATION::equals).isPresent()) {
            Log.warnf("A reference to a missing record (SQL state %s) in %s", sqlState.get(), endpoint(resource));
            return respond(uri, "unknown-reference", "The request breaks a rule", 422,
                    "The request refers to something that does not exist.", List.of());
        }
        Log.errorf(e, "Unexpected failure in %s", endpoint(resource));
        return respond(uri, "internal-error", "Internal error", 500, "Something went wrong on our side. Nothing was changed.", List.of());
    }

    private static Response respond(WaypointException e, UriInfo uri, SimpleResourceInfo resource) {
        if (e.status() >= 500) {
            Log.errorf(e, "Failure in %s", endpoint(resource));
        } else {
            Log.debugf("%d %s from %s", e.status(), e.type(), endpoint(resource));
        }
        return respond(uri, e.type(), e.title(), e.status(), e.getMessage(), e.errors());
    }

    private static Response respond(UriInfo uri, String type, String title, int status, String detail, List<FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri.getRequestUri().getRawPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The endpoint a request reached, as {@code Resource.method}: code's names only, never the caller's input. */
    private static String endpoint(SimpleResourceInfo resource) {
        return resource == null || resource.getResourceClass() == null
                ? "a request no endpoint matched"
                : resource.getResourceClass().getSimpleName() + "." + resource.getMethodName();
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method validation paths look like "create.request.dateOfBirth": drop the method and parameter names; a violation on
        // the parameter itself ("create.request", e.g. no body at all) keeps the parameter name but never the method name
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
