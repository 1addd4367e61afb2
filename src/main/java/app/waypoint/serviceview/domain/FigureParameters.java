package app.waypoint.serviceview.domain;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The values the figures' SQL ({@link ServiceFigure}) is written against, for one day and a set of teams: binds those a query's
 * text uses. {@code inTouchFrom} is the first day a contact made counts as in touch (people/contacts InTouchRule), for both
 * contact figures. Engine due dates are local date-times of the JVM's zone, as the engine writes them.
 */
record FigureParameters(Collection<UUID> teams, LocalDate today, Instant now, List<LocalDate> holidays, List<String> eetCodes,
                        LocalDate inTouchFrom, int monthsBetweenReviews) {

    private static final Pattern NAME = Pattern.compile(":([A-Za-z][A-Za-z0-9]*)");

    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("teams", teams);
        values.put("today", today);
        values.put("now", LocalDateTime.ofInstant(now, ZoneId.systemDefault()));
        values.put("yearAgo", today.minusMonths(12));
        values.put("yearAgoInstant", today.minusMonths(12).atStartOfDay(ZoneId.of("Europe/London")).toOffsetDateTime());
        values.put("turned16", today.minusYears(16));
        values.put("turned18", today.minusYears(18));
        values.put("turned21", today.minusYears(21));
        values.put("planCutoff", today.minusMonths(monthsBetweenReviews));
        values.put("inTouchFrom", inTouchFrom);
        values.put("contactCutoff", inTouchFrom);
        values.put("holidays", holidays);
        values.put("eetCodes", eetCodes);
        return values;
    }

    /** Binds each parameter the text names (and others given) to the query. */
    Query bind(Query query, String text, Map<String, Object> others) {
        Map<String, Object> values = values();
        values.putAll(others);
        NAME.matcher(text).results().map(match -> match.group(1)).distinct().forEach(name -> {
            if (values.containsKey(name)) {
                query.setParameter(name, values.get(name));
            }
        });
        return query;
    }
}
