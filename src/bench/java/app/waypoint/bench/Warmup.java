package app.waypoint.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.IntSupplier;

/**
 * When a window may open: after the least warm-up, once the JIT of the process doing the work has gone quiet (its compiler
 * threads took under a tenth of the process's CPU over the last 10 s); at the longest warm-up whatever the JIT does, and as
 * soon as a consuming operation is down to what its windows need.
 * On 2 cores the compiler threads compete with the requests: through completions they took about half of the service's CPU
 * in the first 30 s and 25–45 % up to 80 s, and a window opened after a fixed 30 s measured the compiling as much as the completing (README
 * "Benchmark", session 19). A process whose threads cannot be read ({@code /proc}) is taken as quiet.
 */
final class Warmup {

    /** The JIT's share of the process's CPU under which it counts as quiet. */
    static final double QUIET_SHARE = 0.10;
    private static final long SPAN_NANOS = Duration.ofSeconds(10).toNanos();
    private static final long READ_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    private final long pid;
    private final long started;
    private final long leastEnd;
    private final long longestEnd;
    private final IntSupplier left;
    private final int keep;
    /** {nanoTime, the process's CPU ms, its compilers' CPU ms}, one a second, the last {@link #SPAN_NANOS} of them. */
    private final ArrayDeque<long[]> readings = new ArrayDeque<>();

    /** {@code keep}: the calls left (of {@code left}) at which the warm-up is over whatever the JIT does. */
    Warmup(long pid, Duration least, Duration longest, IntSupplier left, int keep) {
        this.pid = pid;
        this.left = left;
        this.keep = keep;
        this.started = System.nanoTime();
        this.leastEnd = started + least.toNanos();
        this.longestEnd = started + Math.max(least.toNanos(), longest.toNanos());
        read(started);
    }

    /** Whether the window may open now; called often, from one thread. */
    boolean over(long now) {
        if (now - readings.getLast()[0] >= READ_EVERY_NANOS) {
            read(now);
        }
        return now >= longestEnd || left.getAsInt() <= keep || now >= leastEnd && quiet();
    }

    /** Seconds from the start of the warm-up to {@code end}. */
    double secondsTo(long end) {
        return (end - started) / 1e9;
    }

    private boolean quiet() {
        long[] first = readings.getFirst();
        long[] last = readings.getLast();
        if (first[1] < 0 || last[1] < 0 || first[2] < 0 || last[2] < 0) {
            return true;
        }
        long process = last[1] - first[1];
        return process > 0 && (last[2] - first[2]) < QUIET_SHARE * process;
    }

    private void read(long now) {
        readings.addLast(new long[] {now, CpuTime.ofProcess(pid), CpuTime.ofCompilers(pid)});
        while (now - readings.getFirst()[0] > SPAN_NANOS) {
            readings.removeFirst();
        }
    }
}
