package app.waypoint.incidents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorSummaryTest {

    @Test
    void shouldHideQuotedValuesAddressesAndLongNumbersWhenSummarisingAnError() {
        // given a driver's message that quotes what it choked on
        String message = "Mail server refused jo.bloggs@example.org for 'Jo Bloggs' (NHS 485 777 3456, call +44 7700 900123)\n"
                + "\tat org.example.Mailer.send(Mailer.java:12)";

        // when it is summarised
        String summary = ErrorSummary.of(message);

        // then only the first line is left, and nothing in it names or reaches anyone
        assertThat(summary).isEqualTo("Mail server refused [hidden] for [hidden] (NHS [hidden], call [hidden])");
    }

    @Test
    void shouldKeepShortCodesAndCutLongMessagesWhenSummarising() {
        // given an error with a status code, and a very long one
        String code = ErrorSummary.of("Connection refused: SMTP 421 on port 587");
        String longOne = ErrorSummary.of("x".repeat(500));

        // then codes stay readable, and a long message is cut with an ellipsis
        assertThat(code).isEqualTo("Connection refused: SMTP 421 on port 587");
        assertThat(longOne).hasSize(ErrorSummary.MAX_LENGTH).endsWith("…");
        assertThat(ErrorSummary.of(null)).isEqualTo("No message");
    }
}
