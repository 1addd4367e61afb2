package app.waypoint.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A nightly scan's passes: each goes on from where the last stopped, in the database's order of ids, and gets further; one young
 * person's failure leaves the others done.
 */
class ScanPassesTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    /** After FIRST in PostgreSQL's order, though negative as a Java long. */
    private static final UUID SECOND = UUID.fromString("80000000-0000-0000-0000-000000000000");
    private static final UUID THIRD = UUID.fromString("ffffffff-0000-0000-0000-000000000000");
    private static final String SCAN = "test scan";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ScanPasses twoAPass = new ScanPasses(30, 2, registry);
    private final List<UUID> done = new ArrayList<>();

    @Test
    void shouldGoOnFromWhereTheLastPassStoppedUntilEveryoneIsDone() {
        ScanPasses.Pass first = twoAPass.work(SCAN, () -> List.of(THIRD, SECOND, FIRST), id -> id, Optional.empty(), this::act);
        assertThat(first.actedFor()).containsExactly(FIRST, SECOND);
        assertThat(first.resumeAfter()).contains(SECOND);

        ScanPasses.Pass second = twoAPass.work(SCAN, () -> List.of(THIRD, SECOND, FIRST), id -> id, first.resumeAfter(), this::act);
        assertThat(second.actedFor()).containsExactly(THIRD);
        assertThat(second.resumeAfter()).as("nobody left").isEmpty();
        assertThat(done).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void shouldGetFurtherEvenWhenItDidNothingForThoseItLookedAt() {
        ScanPasses.Pass pass = twoAPass.work(SCAN, () -> List.of(FIRST, SECOND, THIRD), id -> id, Optional.empty(), id -> false);

        assertThat(pass.actedFor()).isEmpty();
        assertThat(pass.resumeAfter()).contains(SECOND);
    }

    @Test
    void shouldHandOverWhenThePassesTimeIsUp() {
        ScanPasses noTime = new ScanPasses(0, 2000, registry);

        assertThat(noTime.work(SCAN, () -> List.of(FIRST, SECOND), id -> id, Optional.empty(), this::act).resumeAfter()).contains(FIRST);
    }

    @Test
    void shouldRunEveryPassForAScanAskedForByHand() {
        assertThat(ScanPasses.untilDone(after -> twoAPass.work(SCAN, () -> List.of(THIRD, FIRST, SECOND), id -> id, after, this::act)))
                .containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void shouldGoOnWithTheOthersWhenItFailsForOneYoungPersonAndCountTheFailure() {
        ScanPasses passes = new ScanPasses(30, 2000, registry);

        ScanPasses.Pass pass = passes.work(SCAN, () -> List.of(FIRST, SECOND, THIRD), id -> id, Optional.empty(), id -> id.equals(SECOND) ? fail(id) : act(id));

        assertThat(pass.actedFor()).containsExactly(FIRST, THIRD);
        assertThat(pass.failedFor()).containsExactly(SECOND);
        assertThat(pass.resumeAfter()).as("the scan is done for tonight").isEmpty();
        assertThat(registry.get(ScanPasses.FAILURES).tag("scan", SCAN).counter().count()).isEqualTo(1.0);
    }

    @Test
    void shouldFailThePassWhenItFailsForSeveralInARowAsThatIsNotOneYoungPersonsData() {
        ScanPasses passes = new ScanPasses(30, 2000, registry);
        List<UUID> everyone = List.of(FIRST, SECOND, THIRD, UUID.fromString("ffffffff-ffff-0000-0000-000000000000"));

        assertThatThrownBy(() -> passes.work(SCAN, () -> everyone, id -> id, Optional.empty(), id -> id.equals(FIRST) ? act(id) : fail(id)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(done).as("done before the failures began, and kept").containsExactly(FIRST);
    }

    private boolean fail(UUID youngPersonId) {
        throw new IllegalStateException("could not act for " + youngPersonId);
    }

    private boolean act(UUID youngPersonId) {
        done.add(youngPersonId);
        return true;
    }
}
