package app.waypoint.processes;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessRecords.OpenInstance;
import app.waypoint.engine.ProcessRecords.WaitingStep;
import app.waypoint.engine.ProcessRecords;
import app.waypoint.escalations.domain.EscalationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The processes running for a young person, where each is, and the deployed models to draw them with. */
@ApplicationScoped
public class ProcessViewService {

    /** Running alongside casework without being casework: each task's deadline watch (its escalations are in the chronology). */
    private static final Set<String> MACHINERY = Set.of(EscalationService.CHAIN_PROCESS_KEY);

    private final ProcessRecords records;
    private final VisibilityService visibility;
    private final WaypointClock clock;

    ProcessViewService(ProcessRecords records, VisibilityService visibility, WaypointClock clock) {
        this.records = records;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** Each process running for the young person, oldest first, with its current steps; 404 unless the caller may see them. */
    @Transactional
    public List<OpenProcessResponse> openProcesses(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        Instant now = clock.now();
        return records.openInstances(youngPersonId.toString()).stream()
                .filter(instance -> !MACHINERY.contains(instance.processKey()))
                .map(instance -> toResponse(instance, now))
                .toList();
    }

    /** The BPMN XML of a deployed process model (the latest version unless one is named); 404 if there is none. */
    @Transactional
    public String diagram(String processKey, Integer version) {
        if (version != null && version < 1) {
            throw InvalidInputException.of("version", "must be 1 or more");
        }
        return records.modelXml(processKey, version)
                .orElseThrow(() -> new NotFoundException("process model", version == null ? processKey : processKey + " version " + version));
    }

    static String diagramUrl(String processKey, int version) {
        return "/api/process-models/" + processKey + "/diagram?version=" + version;
    }

    private static OpenProcessResponse toResponse(OpenInstance instance, Instant now) {
        return new OpenProcessResponse(instance.id(), instance.processKey(), instance.processName(), instance.processVersion(),
                instance.startedAt(), instance.steps().stream().map(step -> toStep(step, now)).toList(),
                diagramUrl(instance.processKey(), instance.processVersion()));
    }

    private static OpenProcessResponse.CurrentStep toStep(WaitingStep step, Instant now) {
        return new OpenProcessResponse.CurrentStep(step.activityId(), step.name(), step.type(), step.taskId(), step.assignee(),
                step.dueAt() == null ? null : WaypointClock.dayOf(step.dueAt()), step.dueAt() != null && step.dueAt().isBefore(now));
    }
}
