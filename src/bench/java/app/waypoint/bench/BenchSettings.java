package app.waypoint.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's parameters, from system properties ({@code -Dbench.*}, see README "Benchmark"). {@code -Dbench.smoke=true}
 * switches every default to the CI smoke run: a small council, 1,000 open tasks and windows of a few seconds.
 */
record BenchSettings(boolean smoke, Path dataDir, Optional<String> jdbcUrl, String jdbcUser, String jdbcPassword, Path jar,
                     List<String> jvmArgs, int youngPeople, int openTasks, int historicTasks, int teamSize, int workersPerTeam,
                     int startReserve, int burstTasks, int burstWarmupTasks, int scanReviews, int scanCareLeavers, int seedThreads, List<String> only,
                     List<Integer> concurrencies, int firstWarmupSeconds,
                     int warmupSeconds, int longestWarmupSeconds, int longestLaterWarmupSeconds, int windowSeconds) {

    /**
     * The production JVM options (README "Performance", "Memory"; k8s/base/configmap.yaml sets the same through the image's
     * run-java.sh): the serial collector for 2 cores and a small heap, a 152 MB heap (about twice the live set), caps on the JVM's other memory, and
     * the C library's free memory given back to the system every 5 s.
     */
    static final String JVM_ARGS = "-XX:+UseSerialGC -Xmx152m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=128m "
            + "-XX:MaxDirectMemorySize=64m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 "
            + "-XX:+ExitOnOutOfMemoryError -Duser.timezone=Europe/London";

    static BenchSettings fromSystemProperties() {
        boolean smoke = Boolean.getBoolean("bench.smoke");
        return new BenchSettings(smoke,
                Path.of(text("bench.dataDir", smoke ? "target/bench-smoke" : "target/bench")),
                Optional.ofNullable(System.getProperty("bench.jdbcUrl")).filter(url -> !url.isBlank()),
                text("bench.jdbcUser", "postgres"),
                text("bench.jdbcPassword", "postgres"),
                Path.of(text("bench.jar", "target/quarkus-app/quarkus-run.jar")),
                words(text("bench.jvmArgs", JVM_ARGS)),
                number("bench.youngPeople", smoke ? 600 : 100_000),
                number("bench.openTasks", smoke ? 1_000 : 200_000),
                number("bench.historicTasks", smoke ? 2_000 : 1_000_000),
                number("bench.teamSize", 700),
                number("bench.workersPerTeam", smoke ? 20 : 60),
                number("bench.startReserve", smoke ? 400 : 25_000),
                number("bench.burstTasks", smoke ? 300 : 10_000),
                number("bench.burstWarmupTasks", smoke ? 50 : 1_000),
                number("bench.scanReviews", smoke ? 50 : 5_000),
                number("bench.scanCareLeavers", smoke ? 50 : 10_000),
                number("bench.seedThreads", 4),
                Arrays.stream(text("bench.only", "").split(",")).map(String::trim).filter(word -> !word.isEmpty()).toList(),
                Arrays.stream(text("bench.concurrency", smoke ? "1,4" : "1,4,16").split(",")).map(String::trim)
                        .map(Integer::parseInt).toList(),
                number("bench.firstWarmupSeconds", smoke ? 1 : 30),
                number("bench.warmupSeconds", smoke ? 1 : 10),
                number("bench.longestWarmupSeconds", smoke ? 2 : 120),
                number("bench.longestLaterWarmupSeconds", smoke ? 1 : 60),
                number("bench.windowSeconds", smoke ? 3 : 15));
    }

    /** Transitions to seed: each one opens two tasks (Appoint personal adviser, Assess needs), one per young person. */
    int transitions() {
        return Math.min(openTasks / 2, youngPeople);
    }

    /** Whether to measure this operation: all of them, unless {@code -Dbench.only} names some (parts of their names). */
    boolean measures(String operation) {
        return only.isEmpty() || only.stream().anyMatch(operation::contains);
    }

    int teams() {
        return Math.max(1, (youngPeople + teamSize - 1) / teamSize);
    }

    private static String text(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int number(String key, int fallback) {
        return Integer.parseInt(text(key, Integer.toString(fallback)).replace("_", ""));
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).filter(word -> !word.isBlank()).toList();
    }
}
