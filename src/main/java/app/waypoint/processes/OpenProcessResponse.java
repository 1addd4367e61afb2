package app.waypoint.processes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A process running for a young person and the step(s) it is at; {@code diagramUrl} gives the BPMN XML of the version it
 * runs, to be drawn with {@code currentSteps[].id} highlighted.
 */
public record OpenProcessResponse(String id, String processKey, String processName, int processVersion, Instant startedAt,
                                  List<CurrentStep> currentSteps, String diagramUrl) {

    /**
     * A step the process waits at: the BPMN element, and for a task the task, who has it and the day it is due (overdue from the
     * day after).
     */
    public record CurrentStep(String id, String name, String type, String taskId, String assignee, LocalDate due, boolean overdue) {
    }
}
