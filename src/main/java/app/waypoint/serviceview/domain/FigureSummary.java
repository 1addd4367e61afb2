package app.waypoint.serviceview.domain;

import java.util.List;

/**
 * A figure today for the caller's teams: its rule, the rows counted of all its rows, the average of the rows' days where the
 * figure has them (see {@code daysWords}), and the same by group (empty for a figure without groups).
 */
public record FigureSummary(String key, String title, String rule, String subject, String countedWords, long counted, long total,
                            String daysWords, Double averageDays, List<GroupSummary> groups) {

    /** One group of a figure: {@code group} is its code (for the drill-down), {@code words} what it means. */
    public record GroupSummary(String group, String words, long counted, long total, Double averageDays) {
    }
}
