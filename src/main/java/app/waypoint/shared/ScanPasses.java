package app.waypoint.shared;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long one pass of a nightly scan works ({@code waypoint.scans.pass-seconds}), and for how many young people at most
 * ({@code waypoint.scans.pass-size}), before it hands the rest to the next pass, a job of its own (README "Performance", "The
 * nightly scans in passes"). A scan's job runs in a transaction that the transaction manager ends after 60 s, and is held by its
 * replica for the job executor's lock time (2 minutes), after which another may run it again beside it; so however many young
 * people are due at once, no pass outlives either. A pass works through the young people due in the order of their ids, from
 * after the one the last pass did last, so every pass gets further, even one that finds nothing to do for those it looks at.
 * <p>
 * One young person's failure does not hold up the rest: each scan acts for each young person in a transaction of their own, so a
 * failure (their data refused by a step, say) rolls back only theirs; the pass logs it, counts it ({@value #FAILURES}, by scan),
 * and goes on, and the next night's scan finds them due again. Failures one after another ({@value #FAILURES_IN_A_ROW} in a
 * row) are not one young person's: the database or a service is down, so the pass fails as a whole, and the engine retries its
 * job from where the last pass stopped (an incident once the retries run out).
 * <p>
 * Tests make a pass 2 young people long, so that a scan test with more walks the model's loop.
 */
@ApplicationScoped
public class ScanPasses {

    /** The order of the young people's ids in a scan's passes: PostgreSQL's (the bytes unsigned), as a query's {@code order by id}. */
    private static final Comparator<UUID> ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    static final String FAILURES = "waypoint.scans.failed";
    static final int FAILURES_IN_A_ROW = 3;

    private final Duration length;
    private final int size;
    private final MeterRegistry registry;

    ScanPasses(@ConfigProperty(name = "waypoint.scans.pass-seconds", defaultValue = "30") int seconds,
               @ConfigProperty(name = "waypoint.scans.pass-size", defaultValue = "2000") int size, MeterRegistry registry) {
        this.length = Duration.ofSeconds(seconds);
        this.size = size;
        this.registry = registry;
    }

    /**
     * What a pass did: the young people it acted for, those it failed for (left for the next night), and the one it did last
     * when some are left for the next pass.
     */
    public record Pass(List<UUID> actedFor, List<UUID> failedFor, Optional<UUID> resumeAfter) {
    }

    /**
     * One pass of the {@code scan} (its name in the log and the counter): works out who is {@code due}, then does {@code act} for
     * each whose young person comes after {@code after}, in order, until the pass's time (counted from its start) is up or it has
     * done its number ({@code act}, in a transaction of its own, answers whether it did something for them: started a process,
     * say).
     */
    public <T> Pass work(String scan, Supplier<List<T>> due, Function<T, UUID> youngPersonOf, Optional<UUID> after, Predicate<T> act) {
        long deadline = System.nanoTime() + length.toNanos();
        List<T> left = due.get().stream()
                .filter(item -> after.isEmpty() || ORDER.compare(youngPersonOf.apply(item), after.get()) > 0)
                .sorted(Comparator.comparing(youngPersonOf, ORDER))
                .toList();
        List<UUID> actedFor = new ArrayList<>();
        List<UUID> failedFor = new ArrayList<>();
        int inARow = 0;
        for (int i = 0; i < left.size(); i++) {
            UUID youngPersonId = youngPersonOf.apply(left.get(i));
            try {
                if (act.test(left.get(i))) {
                    actedFor.add(youngPersonId);
                }
                inARow = 0;
            } catch (RuntimeException failed) {
                if (++inARow >= FAILURES_IN_A_ROW) {
                    throw failed;
                }
                failedFor.add(youngPersonId);
                failures(scan).increment();
                Log.errorf(failed, "The %s failed for young person %s and goes on with the others; the next night's scan tries again", scan, youngPersonId);
            }
            if (i + 1 < left.size() && (i + 1 >= size || System.nanoTime() - deadline >= 0)) {
                return new Pass(actedFor, failedFor, Optional.of(youngPersonId));
            }
        }
        return new Pass(actedFor, failedFor, Optional.empty());
    }

    private Counter failures(String scan) {
        return Counter.builder(FAILURES)
                .description("Young people a nightly scan failed for and left for the next night, by scan")
                .tags("scan", scan)
                .register(registry);
    }

    /** Every pass of a scan one after the other, in the caller's thread (a scan asked for by hand, or a test); whom they acted for. */
    public static List<UUID> untilDone(Function<Optional<UUID>, Pass> pass) {
        List<UUID> actedFor = new ArrayList<>();
        Optional<UUID> after = Optional.empty();
        do {
            Pass done = pass.apply(after);
            actedFor.addAll(done.actedFor());
            after = done.resumeAfter();
        } while (after.isPresent());
        return actedFor;
    }
}
