package app.waypoint.shared.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.regex.Pattern;

/**
 * No record ids in metric labels (issue 11). The HTTP server's {@code uri} label is the endpoint's template
 * ({@code /api/young-people/{id}}) for most answers, but the raw path for some (a request refused before it reached its
 * endpoint, a route that is not an endpoint): there every path segment that looks like an id, a UUID, a number or any long
 * token with a digit in it, becomes {@code {id}}.
 */
@Singleton
public class MetricLabels {

    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+|(?=[^/]*[0-9])[^/]{16,}");

    @Produces
    @Singleton
    MeterFilter withoutIdsInUris() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (uri == null) {
                    return id;
                }
                String template = template(uri);
                if (template.equals(uri)) {
                    return id;
                }
                List<Tag> tags = id.getTags().stream().map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", template) : tag).toList();
                return id.replaceTags(tags);
            }
        };
    }

    /** The path with every segment that looks like an id replaced by {@code {id}}. */
    public static String template(String uri) {
        String[] segments = uri.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (ID.matcher(segments[i]).matches()) {
                segments[i] = "{id}";
            }
        }
        return String.join("/", segments);
    }
}
