package app.waypoint.youngpersonview.domain.page;

import app.waypoint.youngpersonview.domain.visible.WhatTheySee;
import app.waypoint.youngpersonview.domain.voice.ActionAnswerResponse;
import app.waypoint.youngpersonview.domain.voice.ViewsResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a young person's own page shows them, already cut down by {@link WhatTheySee}: their first name, their workers, what
 * happens next (and whether the open review is one they asked for), their plan's actions, their home, their views so far.
 * Optional parts are null when there is nothing.
 */
public record MyWaypoint(String firstName, List<Worker> workers, LocalDate nextReview, boolean reviewAskedFor, LocalDate nextVisit, LocalDate lastVisit, LocalDate planSignedOff,
                         List<Action> actions, WhatTheySee.Home home, List<ViewsResponse> views) {

    /** A worker of theirs: their role in words, name and work e-mail. */
    public record Worker(String role, String name, String email) {
    }

    /**
     * A plan action: its id, the part of the plan it is under, what, whose (in words), when, whether it is done (the plan's
     * status) and what they last said about it themselves (null when nothing).
     */
    public record Action(UUID id, String part, String what, String whose, LocalDate due, boolean done, ActionAnswerResponse theirAnswer) {
    }
}
