package app.waypoint.youngpersonview.domain.voice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Views a young person gave in their own words: when, before what, and each question with their answer. */
public record ViewsResponse(UUID id, Instant givenAt, BeforeWhat beforeWhat, List<Answer> answers) {

    /** What they gave them before, in words: "review" or "visit". */
    public String beforeWords() {
        return beforeWhat.name().toLowerCase(java.util.Locale.ROOT);
    }

    public record Answer(String question, String answer) {
    }
}
