package app.waypoint.shared;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before anything reads it, an address whose path or query holds a control character once decoded ({@code %00},
 * {@code %0A}...): no id or filter has one, the database refuses NUL, and a line break would forge a log line.
 */
class ControlCharacters {

    @ServerRequestFilter(preMatching = true)
    void refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        if (hasControlCharacter(uri.getPath())) {
            throw InvalidInputException.of("path", "has a control character");
        }
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                throw InvalidInputException.of("query", "has a control character");
            }
            if (parameter.getValue().stream().anyMatch(ControlCharacters::hasControlCharacter)) {
                throw InvalidInputException.of(parameter.getKey(), "has a control character");
            }
        }
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
