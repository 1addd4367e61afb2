package app.waypoint.youngpersonview.domain.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalOfferTest {

    @Test
    void shouldReadOneItemPerBlockWithItsFirstLineAsHeadingWhenACouncilWritesItsOffer() {
        String file = """
                Money to set up your home
                Up to £3,000 when you move in.
                Your worker helps you ask.

                Free travel
                A bus pass until you are 21.
                """;

        assertThat(LocalOffer.parse(file)).containsExactly(
                new LocalOffer.Item("Money to set up your home", "Up to £3,000 when you move in. Your worker helps you ask."),
                new LocalOffer.Item("Free travel", "A bus pass until you are 21."));
    }
}
