package app.waypoint.shared.problem;

import app.waypoint.shared.Causes;
import app.waypoint.shared.WaypointException;
import app.waypoint.shared.WaypointException.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become {@code application/problem+json}; no class names, SQL or stack traces leak. */
class ProblemMappers {

    @ServerExceptionMapper
    Response waypoint(WaypointException e, UriInfo uri) {
        return respond(e, uri);
    }

    /**
     * A value of the wrong type or format (a string for a boolean, an impossible date, an unknown enum constant). Declared
     * on its own because quarkus-rest-jackson has a built-in mapper for this type (priority USER + 100), which would
     * otherwise answer with plain JSON naming the Java class instead of a problem document.
     */
    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e, UriInfo uri) {
        List<FieldError> errors = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? List.of(new FieldError(path(mapping), "has a value of the wrong type or format"))
                : List.of();
        return respond(uri, "malformed-request", "Malformed request", 400, "The request body is not valid JSON for this endpoint.", errors);
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(uri, "invalid-input", "Invalid input", 400, "The request has invalid fields.", errors);
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
    Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            // quarkus-rest-jackson reports a body that is not JSON as a 400 WebApplicationException wrapping the parser's error
            return malformedJson(unreadable, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        return respond(uri, title.toLowerCase().replace(' ', '-'), title, status, title + ".", List.of());
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri) {
        Optional<WaypointException> known = Causes.find(e, WaypointException.class);
        if (known.isPresent()) {
            return respond(known.get(), uri);
        }
        if (Causes.find(e, ClosedChannelException.class).isPresent()) {
            // a browser closed the page while a live stream was still writing to it: nobody is there to answer
            Log.debugf("Client went away from %s", uri.getPath());
            return Response.noContent().build();
        }
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(uri, "internal-error", "Internal error", 500, "Something went wrong on our side. Nothing was changed.", List.of());
    }

    private static Response respond(WaypointException e, UriInfo uri) {
        if (e.status() >= 500) {
            Log.errorf(e, "Failure on %s", uri.getPath());
        } else {
            Log.debugf("%s on %s: %s", e.status(), uri.getPath(), e.getMessage());
        }
        return respond(uri, e.type(), e.title(), e.status(), e.getMessage(), e.errors());
    }

    private static Response respond(UriInfo uri, String type, String title, int status, String detail, List<FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + type, title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // method validation paths look like "create.request.dateOfBirth": drop the method and parameter names; a violation on
        // the parameter itself ("create.request", e.g. no body at all) keeps the parameter name but never the method name
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
