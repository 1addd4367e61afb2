package app.waypoint.tasks.domain.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A task as the tasklist shows it: the step, the process, the young person, who has it and when it is due.
 * {@code due} is the day it is due; it is overdue from the day after. {@code followUp} is the day its assignee chose to
 * follow it up; {@code aboutStaffId} the member of staff a process about staff (supervision) is about. {@code allowedActions} is what the caller may do
 * with it now; pages offer exactly those.
 */
public record TaskResponse(String id, String step, String stepId, String processKey, String processName, UUID youngPersonId,
                           String youngPersonName, String assignee, List<String> candidateGroups, Instant created, LocalDate due,
                           boolean overdue, int priority, LocalDate followUp, String processInstanceId, UUID aboutStaffId,
                           List<FormFieldResponse> form, List<TaskAction> allowedActions) {

    TaskResponse withForm(List<FormFieldResponse> fields) {
        return new TaskResponse(id, step, stepId, processKey, processName, youngPersonId, youngPersonName, assignee, candidateGroups,
                created, due, overdue, priority, followUp, processInstanceId, aboutStaffId, fields, allowedActions);
    }

    /** A field of the form that completes this step; {@code choices} are an {@code enum} field's values (empty for other types). */
    public record FormFieldResponse(String id, String label, String type, boolean required, List<FieldChoice> choices) {
    }

    /** One value of an {@code enum} field: what is sent, and its words. */
    public record FieldChoice(String value, String label) {
    }
}
