package app.waypoint.tasks.domain.task;

/** What the caller may do with a task now ({@link TaskResponse#allowedActions()}), each its own request. */
public enum TaskAction {
    /** Take it: it has nobody and is offered to the caller's role in their team. */
    CLAIM,
    /** Give it back to the team it is offered to (only a task offered to a role): its assignee, or a manager of the team. */
    UNCLAIM,
    /** Give it to a member of the team who may take it ({@link TaskAssignments#assignees}): a manager of the team. */
    ASSIGN,
    /** Move its due date, with a reason: a manager of the team. */
    CHANGE_DUE_DATE,
    /** Complete it with its form: its assignee, a manager of the team, or, while it has nobody, whoever may claim it. */
    COMPLETE,
    /** Set or clear the day to follow it up ("remind me on"): its assignee, whose tray it is in. */
    SET_FOLLOW_UP
}
