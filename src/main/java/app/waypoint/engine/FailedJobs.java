package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The engine's jobs that failed (a delegate threw): those still retrying, and those whose retries ran out, which the engine
 * marks with an incident and then leaves alone until someone retries them. Retrying gives a job one more attempt, which the job
 * executor makes at once; an incident clears when its job runs without failing.
 */
@ApplicationScoped
public class FailedJobs {

    /** More than a service would ever have open at once; a longer list is cut here rather than loaded whole. */
    static final int MAX_LISTED = 500;

    private final ManagementService management;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final DeployedSteps steps;

    FailedJobs(ManagementService management, RuntimeService runtime, RepositoryService repository, DeployedSteps steps) {
        this.management = management;
        this.runtime = runtime;
        this.repository = repository;
        this.steps = steps;
    }

    /** Every job that failed at its last attempt, oldest first, with what the engine knows of its process and step. */
    public List<FailedJob> list() {
        List<Job> jobs = management.createJobQuery().withException().orderByJobId().asc().listPage(0, MAX_LISTED);
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<String, Incident> incidents = runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE).list().stream()
                .filter(incident -> incident.getConfiguration() != null)
                .collect(Collectors.toMap(Incident::getConfiguration, Function.identity(), (first, second) -> first));
        Set<String> instanceIds = jobs.stream().map(Job::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                        .filter(instance -> instance.getBusinessKey() != null)
                        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return jobs.stream()
                .map(job -> failedJob(job, Optional.ofNullable(incidents.get(job.getId())), businessKeys.get(job.getProcessInstanceId())))
                .sorted(Comparator.comparing(FailedJob::since, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** Gives a failed job one more attempt; false when no job with this id has failed (it is unknown, or ran since). */
    public boolean retry(String jobId) {
        boolean failed = management.createJobQuery().jobId(jobId).withException().count() > 0;
        if (failed) {
            management.setJobRetries(jobId, 1);
        }
        return failed;
    }

    /** Gives every failed job of this step of this process one more attempt; returns how many. */
    public int retryAll(String processKey, String stepId) {
        List<String> ids = management.createJobQuery().processDefinitionKey(processKey).activityId(stepId).withException().list().stream()
                .map(Job::getId)
                .toList();
        ids.forEach(id -> management.setJobRetries(id, 1));
        return ids.size();
    }

    private FailedJob failedJob(Job job, Optional<Incident> incident, String businessKey) {
        ProcessDefinition definition = job.getProcessDefinitionId() == null ? null : repository.getProcessDefinition(job.getProcessDefinitionId());
        String stepId = job.getFailedActivityId() != null ? job.getFailedActivityId() : incident.map(Incident::getActivityId).orElse(null);
        Date since = incident.map(Incident::getIncidentTimestamp).orElse(job.getCreateTime());
        return new FailedJob(job.getId(), incident.map(Incident::getId).orElse(null), since == null ? null : since.toInstant(),
                definition == null ? job.getProcessDefinitionKey() : definition.getKey(),
                definition == null ? null : definition.getName(), stepId, stepName(definition, stepId), businessKey,
                job.getExceptionMessage(), job.getRetries());
    }

    private String stepName(ProcessDefinition definition, String stepId) {
        if (definition == null || stepId == null) {
            return null;
        }
        return steps.stepName(definition.getId(), stepId).orElse(null);
    }

    /**
     * A job whose last attempt failed.
     *
     * @param incidentId   the engine's incident, when its retries have run out (null while it is still retrying)
     * @param since        when the incident was raised, or when the job was created while it is still retrying
     * @param processName  the model's name, e.g. "Pathway review" (null for a job of no process)
     * @param stepId       the BPMN element that failed, e.g. {@code Task_SendReminder}
     * @param stepName     its name in the model, e.g. "Send reminder" (null if it has none)
     * @param businessKey  the instance's business key (a young person's id for casework processes), or null
     * @param errorMessage the exception's message as the engine stored it (may hold anything the failing code put in it)
     * @param retriesLeft  attempts the job executor will still make on its own (0 once there is an incident)
     */
    public record FailedJob(String jobId, String incidentId, Instant since, String processKey, String processName, String stepId,
                            String stepName, String businessKey, String errorMessage, int retriesLeft) {
    }
}
