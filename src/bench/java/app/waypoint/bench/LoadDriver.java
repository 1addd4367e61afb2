package app.waypoint.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * A closed loop: {@code concurrency} threads, each sending its next request as soon as the last one answered, for a warm-up
 * (not counted) and then a fixed window. Every request sent in the window is counted, also when it answers after the window
 * closed, and each thread counts at least one (so a slow operation still gets a figure): ops/s is their number over the time
 * from the first of them sent to the last answered, and their latencies give p50/p95/p99. A request that fails or answers
 * another status than expected counts as an error. The service's resident memory is sampled throughout, and the CPU time
 * of the service and of the database over the window is divided among its requests.
 * <p>
 * An operation's first window waits until the JIT of the process doing the work has gone quiet ({@link Warmup}): at least
 * {@code bench.firstWarmupSeconds}, at most {@code bench.longestWarmupSeconds}, and at most half of what a consuming
 * operation has left (the young people to open a transition for), so that its windows still have enough. The service has just
 * started, and its first minute on a new path goes to compiling it, which a service in use has done long before. The same
 * operation's later windows (the next concurrency) wait for the JIT again, at least {@code bench.warmupSeconds} and at most
 * {@code bench.longestLaterWarmupSeconds}, using at most a third of what is left: more threads take branches one thread never
 * took (contended locks and counters, a pool's other connections), and the code compiled for one thread is thrown away and
 * compiled again (session 21: 6 to 7 s of C2 in 10 s, the first 15 s after the starts went from 1 thread to 4).
 */
final class LoadDriver {

    /** The window's start before the warm-up is over. */
    private static final long NOT_YET = Long.MAX_VALUE;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BenchSettings settings;
    private final BenchDatabase database;
    private final Set<String> warmedUp = ConcurrentHashMap.newKeySet();

    LoadDriver(BenchSettings settings, BenchDatabase database) {
        this.settings = settings;
        this.database = database;
    }

    /**
     * SQL statements per second while no request is sent (the job executor's polling, the notification delivery): measured
     * once, then taken off each window's count. -1 where statements are not counted.
     */
    static double backgroundStatementsPerSecond(BenchDatabase database) throws InterruptedException {
        long before = database.statementsSoFar();
        long started = System.nanoTime();
        Thread.sleep(5_000);
        long after = database.statementsSoFar();
        return before < 0 || after < 0 ? -1 : (after - before) / ((System.nanoTime() - started) / 1e9);
    }

    /** One request through the REST API, the service's memory sampled; {@code background} statements per second taken off. */
    Result run(Operation operation, int concurrency, WaypointService service, double background) throws Exception {
        return run(operation.name(), concurrency, random -> operation.next().apply(random).map(request -> () -> send(request, operation)),
                operation.left(), service.pid(), service::residentMegabytes, service::cpuMillis, background);
    }

    /**
     * The same loop over any call (e.g. the engine's Java API in this JVM, {@link RawEngine}); {@code left} says how many calls
     * are left, {@code pid} is the process doing the work, whose JIT the first warm-up waits for; {@code rss} is sampled and
     * {@code cpu} (the service's CPU milliseconds so far) read at the window's start and end (-1: not measured), {@code background}
     * statements per second are taken off the count.
     */
    Result run(String name, int concurrency, Function<ThreadLocalRandom, Optional<Call>> calls, IntSupplier left, long pid, LongSupplier rss,
               LongSupplier cpu, double background) throws Exception {
        Warmup warmup = warmedUp.add(name)
                ? new Warmup(pid, Duration.ofSeconds(settings.firstWarmupSeconds()), Duration.ofSeconds(settings.longestWarmupSeconds()),
                left, left.getAsInt() / 2)
                : new Warmup(pid, Duration.ofSeconds(settings.warmupSeconds()), Duration.ofSeconds(settings.longestLaterWarmupSeconds()),
                left, (int) (left.getAsInt() * 2L / 3));
        long windowNanos = Duration.ofSeconds(settings.windowSeconds()).toNanos();
        AtomicLong windowStart = new AtomicLong(NOT_YET);
        AtomicLong errors = new AtomicLong();
        AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastAnswer = new AtomicLong(Long.MIN_VALUE);
        AtomicLong peakRss = new AtomicLong(rss.getAsLong());
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long[] atWindowStart = {-1, -1, -1}; // statements, the service's CPU ms, the database's CPU ms
        ExecutorService threads = Executors.newFixedThreadPool(concurrency + 1);
        Future<?> sampler = threads.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                if (windowStart.get() == NOT_YET && warmup.over(now)) {
                    atWindowStart[0] = database.statementsSoFar();
                    atWindowStart[1] = cpu.getAsLong();
                    atWindowStart[2] = database.cpuMillis();
                    windowStart.set(now);
                }
                peakRss.accumulateAndGet(rss.getAsLong(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        List<Future<long[]>> loops = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            loops.add(threads.submit(() -> loop(calls, windowStart, windowNanos, firstSent, lastAnswer, errors, firstErrors)));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> loop : loops) {
            latencies.add(loop.get());
        }
        long answeredNanos = lastAnswer.get() - Math.min(firstSent.get(), lastAnswer.get());
        long statements = database.statementsSoFar();
        long serviceCpu = cpu.getAsLong();
        long databaseCpu = database.cpuMillis();
        long ended = System.nanoTime();
        sampler.cancel(true);
        threads.shutdownNow();
        // the calls ran out before the warm-up was over: nothing was counted
        windowStart.compareAndSet(NOT_YET, ended);
        long statementsWindowNanos = ended - windowStart.get();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double perRequest = atWindowStart[0] < 0 || statements < 0 || all.length == 0 || background < 0 ? -1
                : Math.max(0, statements - atWindowStart[0] - background * statementsWindowNanos / 1e9) / all.length;
        return new Result(name, concurrency, all.length, Math.max(answeredNanos, 1) / 1e9, warmup.secondsTo(windowStart.get()), percentile(all, 50),
                percentile(all, 95), percentile(all, 99), errors.get(), perRequest, cpuPerRequest(atWindowStart[1], serviceCpu, all.length),
                cpuPerRequest(atWindowStart[2], databaseCpu, all.length), peakRss.get(), List.copyOf(firstErrors));
    }

    /** A CPU time's growth over the window, per request; -1 when it was not read. */
    private static double cpuPerRequest(long before, long after, int requests) {
        return before < 0 || after < 0 || requests == 0 ? -1 : (double) (after - before) / requests;
    }

    private long[] loop(Function<ThreadLocalRandom, Optional<Call>> calls, AtomicLong windowStart, long windowNanos, AtomicLong firstSent,
                        AtomicLong lastAnswer, AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) {
        long[] latencies = new long[1024];
        int count = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // at least one request of each thread is counted, so an operation slower than the window still gets a figure
        boolean failed = false;
        while (windowStart.get() == NOT_YET || System.nanoTime() - windowStart.get() < windowNanos || (count == 0 && !failed)) {
            Optional<Call> call = calls.apply(random);
            if (call.isEmpty()) {
                break;
            }
            long started = System.nanoTime();
            String failure;
            try {
                failure = call.get().perform();
            } catch (Exception e) {
                failure = "failed: " + e + rootCause(e);
            }
            long ended = System.nanoTime();
            if (failure != null) {
                failed = true;
                errors.incrementAndGet();
                if (firstErrors.size() < 5) {
                    firstErrors.add(failure);
                }
            } else if (started >= windowStart.get()) {
                firstSent.accumulateAndGet(started, Math::min);
                lastAnswer.accumulateAndGet(ended, Math::max);
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = ended - started;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    /** Sends a request; what went wrong, or null when it answered the expected status. */
    private String send(HttpRequest request, Operation operation) {
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == operation.expectedStatus() ? null : request.method() + " " + request.uri().getPath()
                    + " answered " + answer.statusCode() + ": " + answer.body().substring(0, Math.min(300, answer.body().length()));
        } catch (Exception e) {
            return request.method() + " " + request.uri().getPath() + " failed: " + e;
        }
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** One request of a loop: does it, and says what went wrong (null when it worked). */
    interface Call {
        String perform() throws Exception;
    }

    /**
     * One row of the table: the warm-up before the window in seconds, latencies in milliseconds, SQL statements per request, the
     * service's and the database's CPU milliseconds per request (each -1 when not measured), peak RSS in MB.
     */
    record Result(String operation, int concurrency, int requests, double seconds, double warmupSeconds, double p50, double p95, double p99,
                  long errors, double statementsPerRequest, double serviceCpuPerRequest, double databaseCpuPerRequest, long peakRssMb,
                  List<String> firstErrors) {

        double perSecond() {
            return requests / seconds;
        }
    }

    /** The innermost cause of a failure, when it is not the failure itself (the engine wraps what the database said). */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? "" : "; cause: " + root;
    }
}
