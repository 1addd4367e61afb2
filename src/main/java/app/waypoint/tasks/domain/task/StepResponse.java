package app.waypoint.tasks.domain.task;

/** A step of a process as a plain list shows it: its name, and whether it is done, the current one, or not reached yet. */
public record StepResponse(String name, State state) {

    public enum State { DONE, CURRENT, NOT_REACHED }
}
