package app.waypoint.bench;

import java.util.List;

/**
 * What a nightly scan at scale did (README "Benchmark" step 6): of the young people due, how many processes it started and for
 * how many of them (the difference: duplicates), the seconds from its timer's due time to the last start, and the service's
 * peak RSS meanwhile; with the job's failure, if it failed.
 */
record ScanResult(String scan, int due, long started, long youngPeople, double seconds, long peakRss, String failure) {

    static String header() {
        return String.format("%-46s %7s %8s %10s %9s %7s  %s%n", "nightly scans (1 replica)", "due", "started", "duplicates", "seconds", "RSS",
                "starts/s");
    }

    String row() {
        return String.format("%-46s %7d %8d %10d %9.1f %7d  %.1f%s", scan, due, started, started - youngPeople, seconds, peakRss, started / seconds,
                failure == null ? "" : "  job failed: " + failure);
    }

    static String tsv(List<ScanResult> results) {
        StringBuilder tsv = new StringBuilder("scan\tdue\tstarted\tduplicates\tseconds\tpeak_rss_mb\n");
        results.forEach(result -> tsv.append(String.format("%s\t%d\t%d\t%d\t%.2f\t%d%n", result.scan, result.due, result.started,
                result.started - result.youngPeople, result.seconds, result.peakRss)));
        return tsv.toString();
    }

    /** Whether it started one process for each young person due, and nothing else. */
    boolean complete() {
        return failure == null && started == due && youngPeople == due;
    }
}
