package app.waypoint.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Marks every matched API and page request for the audit trail with what it is: read or change (by its HTTP method), the route
 * template it matched (never the raw path), the part of the record it serves, and the reason the caller gave in the
 * {@value #REASON_HEADER} header. Requests of {@link NotAudited} classes and unmatched paths are not marked.
 */
class AuditRequestFilter {

    static final String REASON_HEADER = "Waypoint-Reason";
    static final int MAX_REASON_LENGTH = 500;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final AuditTrail trail;

    AuditRequestFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @ServerRequestFilter
    void mark(ContainerRequestContext request, ResourceInfo resource) {
        Class<?> type = resource.getResourceClass();
        if (type == null || type.isAnnotationPresent(NotAudited.class)) {
            return;
        }
        String route = route(type, resource.getResourceMethod());
        String method = request.getMethod();
        trail.mark(new AuditTrail.Endpoint(READS.contains(method) ? AuditAction.READ : AuditAction.CHANGE,
                route.startsWith("/api/") ? AuditChannel.API : AuditChannel.PAGE, method, route, recordKind(route),
                reason(request.getHeaderString(REASON_HEADER))));
    }

    /** The class's and the method's {@code @Path} joined, e.g. {@code /api/young-people/{id}/contacts}. */
    static String route(Class<?> type, Method method) {
        Path classPath = type.getAnnotation(Path.class);
        Path methodPath = method == null ? null : method.getAnnotation(Path.class);
        String joined = "/" + (classPath == null ? "" : classPath.value()) + "/" + (methodPath == null ? "" : methodPath.value());
        String route = joined.replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }

    /**
     * The part of the record a route serves, in words: under a young person the segment after their id ("pathway plan",
     * "contacts", "chronology"), the young person themselves, or elsewhere the collection the route's record belongs to ("tasks").
     */
    static String recordKind(String route) {
        List<String> segments = Arrays.stream(route.split("/")).filter(segment -> !segment.isEmpty()).toList();
        if (!segments.isEmpty() && segments.get(0).equals("api")) {
            segments = segments.subList(1, segments.size());
        }
        if (segments.isEmpty()) {
            return "home";
        }
        if (segments.get(0).equals("young-people")) {
            return switch (segments.size()) {
                case 1 -> "young people";
                case 2 -> "young person";
                default -> words(segments.get(2));
            };
        }
        String kind = segments.get(0);
        for (int i = 0; i + 1 < segments.size(); i++) {
            if (!parameter(segments.get(i)) && parameter(segments.get(i + 1))) {
                kind = segments.get(i);
            }
        }
        return words(kind);
    }

    /** The reason as given, without control characters, at most {@value #MAX_REASON_LENGTH} characters; null when blank. */
    static String reason(String header) {
        if (header == null) {
            return null;
        }
        String clean = header.replaceAll("\\p{Cntrl}", " ").strip();
        if (clean.isEmpty()) {
            return null;
        }
        return clean.length() > MAX_REASON_LENGTH ? clean.substring(0, MAX_REASON_LENGTH) : clean;
    }

    private static boolean parameter(String segment) {
        return segment.startsWith("{");
    }

    private static String words(String segment) {
        return segment.replace('-', ' ');
    }
}
