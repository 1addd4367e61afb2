package app.waypoint.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far, in milliseconds, from {@code /proc} (Linux; -1 where it cannot be read): of one process, all its threads
 * (the service), or of a server and all its children (PostgreSQL: its backends and autovacuum workers while they run, and,
 * once the server has reaped them, those that ended). Per request over a window, it tells the service's work from the
 * database's, and shows what else ran beside the requests (autovacuum, checkpoints, the JIT's compilations). The JIT's own
 * share, its compiler threads' time, tells when a process has warmed up ({@link Warmup}).
 */
final class CpuTime {

    /** Linux counts CPU time in clock ticks of 1/100 s (USER_HZ) in {@code /proc/<pid>/stat}. */
    private static final long MILLIS_PER_TICK = 10;

    private CpuTime() {
    }

    /** The process's own CPU time, all its threads: user and system. */
    static long ofProcess(long pid) {
        long[] ticks = ticks(pid);
        return ticks.length == 0 ? -1 : (ticks[0] + ticks[1]) * MILLIS_PER_TICK;
    }

    /** A server's CPU time: its own, its ended children's (reaped), and each running child's own. */
    static long ofServer(long pid) {
        long[] ticks = ticks(pid);
        if (ticks.length == 0) {
            return -1;
        }
        long total = ticks[0] + ticks[1] + ticks[2] + ticks[3];
        for (ProcessHandle child : ProcessHandle.of(pid).map(handle -> handle.children().toList()).orElse(List.of())) {
            long[] childTicks = ticks(child.pid());
            total += childTicks.length == 0 ? 0 : childTicks[0] + childTicks[1];
        }
        return total * MILLIS_PER_TICK;
    }

    /**
     * The CPU time of a JVM's JIT compiler threads, user and system: HotSpot names them {@code C1 CompilerThread<n>} and
     * {@code C2 CompilerThread<n>} (Linux keeps the first 15 characters).
     */
    static long ofCompilers(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return threads.map(thread -> read(thread.resolve("stat")))
                    .filter(stat -> name(stat).matches("C[12] CompilerThre.*"))
                    .map(CpuTime::ticks)
                    .mapToLong(ticks -> ticks.length == 0 ? 0 : ticks[0] + ticks[1])
                    .sum() * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    private static long[] ticks(long pid) {
        return ticks(read(Path.of("/proc", Long.toString(pid), "stat")));
    }

    /** utime, stime, cutime and cstime in a process's or thread's {@code stat}; empty when it was gone. */
    private static long[] ticks(String stat) {
        try {
            // fields after the command's name, which is in parentheses and may hold spaces: state is field 3, utime field 14
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (RuntimeException gone) {
            return new long[0];
        }
    }

    /** The command's (a thread's) name in a {@code stat}; empty when it was gone. */
    private static String name(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        return open < 0 || close < open ? "" : stat.substring(open + 1, close);
    }

    /** A {@code stat} file's line; empty when the process or thread is gone. */
    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException gone) {
            return "";
        }
    }
}
