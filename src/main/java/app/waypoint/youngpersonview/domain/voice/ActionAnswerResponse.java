package app.waypoint.youngpersonview.domain.voice;

import java.time.Instant;
import java.util.UUID;

/** What a young person last said about an action of their plan, in their own words: done or not yet, a comment, when. */
public record ActionAnswerResponse(UUID actionId, boolean done, String comment, Instant givenAt) {

    /** Their answer in words: "done" or "not done yet". */
    public String words() {
        return done ? "done" : "not done yet";
    }
}
