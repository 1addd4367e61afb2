package app.waypoint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A nightly scan's passes: each goes on from where the last stopped, in the database's order of ids, and gets further. */
class ScanPassesTest {

    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    /** After FIRST in PostgreSQL's order, though negative as a Java long. */
    private static final UUID SECOND = UUID.fromString("80000000-0000-0000-0000-000000000000");
    private static final UUID THIRD = UUID.fromString("ffffffff-0000-0000-0000-000000000000");

    private final ScanPasses twoAPass = new ScanPasses(30, 2);
    private final List<UUID> done = new ArrayList<>();

    @Test
    void shouldGoOnFromWhereTheLastPassStoppedUntilEveryoneIsDone() {
        ScanPasses.Pass first = twoAPass.work(() -> List.of(THIRD, SECOND, FIRST), id -> id, Optional.empty(), this::act);
        assertThat(first.actedFor()).containsExactly(FIRST, SECOND);
        assertThat(first.resumeAfter()).contains(SECOND);

        ScanPasses.Pass second = twoAPass.work(() -> List.of(THIRD, SECOND, FIRST), id -> id, first.resumeAfter(), this::act);
        assertThat(second.actedFor()).containsExactly(THIRD);
        assertThat(second.resumeAfter()).as("nobody left").isEmpty();
        assertThat(done).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void shouldGetFurtherEvenWhenItDidNothingForThoseItLookedAt() {
        ScanPasses.Pass pass = twoAPass.work(() -> List.of(FIRST, SECOND, THIRD), id -> id, Optional.empty(), id -> false);

        assertThat(pass.actedFor()).isEmpty();
        assertThat(pass.resumeAfter()).contains(SECOND);
    }

    @Test
    void shouldHandOverWhenThePassesTimeIsUp() {
        ScanPasses noTime = new ScanPasses(0, 2000);

        assertThat(noTime.work(() -> List.of(FIRST, SECOND), id -> id, Optional.empty(), this::act).resumeAfter()).contains(FIRST);
    }

    @Test
    void shouldRunEveryPassForAScanAskedForByHand() {
        assertThat(ScanPasses.untilDone(after -> twoAPass.work(() -> List.of(THIRD, FIRST, SECOND), id -> id, after, this::act)))
                .containsExactly(FIRST, SECOND, THIRD);
    }

    private boolean act(UUID youngPersonId) {
        done.add(youngPersonId);
        return true;
    }
}
