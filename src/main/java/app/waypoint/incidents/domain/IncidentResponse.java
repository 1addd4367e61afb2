package app.waypoint.incidents.domain;

import java.time.Instant;

/**
 * A process step that failed, in words: which process and step, about whom, what went wrong (without personal data), since
 * when, and whether the engine still retries it on its own.
 *
 * @param jobId        the engine's job, to retry it
 * @param stopped      true once its retries ran out (an engine incident): nothing happens until someone retries it
 * @param process      the process's name, e.g. "Pathway review"
 * @param processKey   the process model's key, e.g. {@code PathwayReviewProcess}, to retry every failure of one kind
 * @param step         the step's name, e.g. "Send reminder"
 * @param stepId       the step's element id, e.g. {@code Task_SendReminder}
 * @param youngPerson  the young person the process is about, by name, or null for a process about no one
 * @param error        the error's first line, with quoted values, e-mail addresses and long numbers hidden
 * @param since        when it stopped (or, while retrying, when the job was created)
 * @param retriesLeft  attempts the engine will still make on its own
 */
public record IncidentResponse(String jobId, boolean stopped, String process, String processKey, String step, String stepId,
                               String youngPerson, String error, Instant since, int retriesLeft) {
}
