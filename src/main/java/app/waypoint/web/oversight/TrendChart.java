package app.waypoint.web.oversight;

import app.waypoint.serviceview.domain.TrendPoint;
import app.waypoint.web.shell.DueWording;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A figure's 12-month trend drawn as a small SVG line chart on the server (no script, no library): the share counted (0 to 100%)
 * on each day with a snapshot, across the year to today. The same points are the chart's table, its text alternative.
 */
record TrendChart(String points, String from, String to, List<Row> rows, String summary) {

    static final int WIDTH = 600;
    static final int HEIGHT = 160;

    /** A day of the trend as the table shows it. */
    record Row(String day, long counted, long total, String share) {
    }

    static TrendChart of(List<TrendPoint> trend, LocalDate today) {
        LocalDate start = today.minusMonths(12);
        long span = Math.max(ChronoUnit.DAYS.between(start, today), 1);
        String points = trend.stream()
                .map(point -> String.format(Locale.ROOT, "%.1f,%.1f", ChronoUnit.DAYS.between(start, point.day()) * (double) WIDTH / span,
                        HEIGHT - share(point) * HEIGHT))
                .collect(Collectors.joining(" "));
        List<Row> rows = trend.stream().map(point -> new Row(DueWording.date(point.day()), point.counted(), point.total(),
                percent(point.counted(), point.total()))).toList();
        String summary = trend.isEmpty() ? "No daily snapshots yet."
                : "From " + rows.get(0).share() + " on " + rows.get(0).day() + " to " + rows.get(rows.size() - 1).share() + " on "
                + rows.get(rows.size() - 1).day() + ", " + trend.size() + (trend.size() == 1 ? " day" : " days") + " with a snapshot.";
        return new TrendChart(points, DueWording.date(start), DueWording.date(today), rows, summary);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The latest point, marked with a dot (a single snapshot draws no line). */
    public String lastX() {
        return last()[0];
    }

    public String lastY() {
        return last()[1];
    }

    private String[] last() {
        String[] all = points.split(" ");
        return all[all.length - 1].split(",");
    }

    static String percent(long counted, long total) {
        return total == 0 ? "–" : Math.round(counted * 100.0 / total) + "%";
    }

    private static double share(TrendPoint point) {
        return point.total() == 0 ? 0 : (double) point.counted() / point.total();
    }
}
