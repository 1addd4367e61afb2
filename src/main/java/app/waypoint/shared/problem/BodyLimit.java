package app.waypoint.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose declared body is bigger than {@code quarkus.http.limits.max-body-size} answers 413 as a problem document.
 * Quarkus refuses it just after this with an empty 413; answering first gives callers the same error format as everywhere
 * else. (A body sent in chunks without a length still gets Quarkus's empty 413 once it passes the limit.)
 */
@ApplicationScoped
class BodyLimit {

    private final long maxBodySize;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, ObjectMapper json) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseTooBig);
    }

    private void refuseTooBig(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= maxBodySize) {
            context.next();
            return;
        }
        Problem problem = new Problem(Problem.TYPE_BASE + "request-too-large", "Request too large", 413,
                "The request body is bigger than the " + maxBodySize / 1024 + " KB this service accepts.", context.request().path(),
                List.of());
        try {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
