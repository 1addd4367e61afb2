package app.waypoint.incidents.domain;

import app.waypoint.engine.FailedJobs.FailedJob;
import app.waypoint.engine.FailedJobs;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The process steps that failed, for administrators (the council's IT): a delegate threw, the engine retried, and once its
 * retries ran out the step stopped with an incident. Nothing moves on in that process (a deadline's escalation among them)
 * until someone fixes the cause and retries here.
 */
@ApplicationScoped
public class IncidentService {

    private final FailedJobs failedJobs;
    private final YoungPersonService youngPeople;

    IncidentService(FailedJobs failedJobs, YoungPersonService youngPeople) {
        this.failedJobs = failedJobs;
        this.youngPeople = youngPeople;
    }

    /** Every failed step, stopped ones and those still retrying, oldest first; the young people named are audited as reached. */
    @Transactional
    public List<IncidentResponse> failedSteps(Caller caller) {
        requireAdmin(caller);
        List<FailedJob> jobs = failedJobs.list();
        Set<UUID> youngPersonIds = jobs.stream().map(job -> youngPersonId(job.businessKey())).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        Map<UUID, String> names = youngPeople.names(youngPersonIds);
        return jobs.stream().map(job -> toResponse(job, youngPersonId(job.businessKey()).map(names::get).orElse(null))).toList();
    }

    /** One more attempt for one failed step; 404 when no job with this id has failed (it never did, or it has run since). */
    @Transactional
    public void retry(String jobId, Caller caller) {
        requireAdmin(caller);
        if (!failedJobs.retry(jobId)) {
            throw new NotFoundException("failed job", jobId);
        }
        Log.infof("Failed job %s given one more attempt by staff %s", jobId, caller.staffId());
    }

    /** One more attempt for every failed job of one step of one process. */
    @Transactional
    public RetriedResponse retryAll(RetryKindRequest request, Caller caller) {
        requireAdmin(caller);
        if (blank(request.processKey()) || blank(request.stepId())) {
            throw InvalidInputException.of(blank(request.processKey()) ? "processKey" : "stepId", "must not be blank");
        }
        int retried = failedJobs.retryAll(request.processKey(), request.stepId());
        Log.infof("%d failed job(s) of %s %s given one more attempt by staff %s", retried, request.processKey(), request.stepId(),
                caller.staffId());
        return new RetriedResponse(retried);
    }

    /** The steps stopped with an incident (retries run out), for the notices and the metric: no young person named. */
    @Transactional
    List<FailedJob> stopped() {
        return failedJobs.list().stream().filter(job -> job.incidentId() != null).toList();
    }

    static String processName(FailedJob job) {
        return Objects.requireNonNullElse(job.processName(), Objects.requireNonNullElse(job.processKey(), "No process"));
    }

    static String stepName(FailedJob job) {
        return Objects.requireNonNullElse(job.stepName(), Objects.requireNonNullElse(job.stepId(), "Unknown step"));
    }

    private static IncidentResponse toResponse(FailedJob job, String youngPerson) {
        return new IncidentResponse(job.jobId(), job.incidentId() != null, processName(job), job.processKey(), stepName(job), job.stepId(),
                youngPerson, ErrorSummary.of(job.errorMessage()), job.since(), job.retriesLeft());
    }

    private static Optional<UUID> youngPersonId(String businessKey) {
        try {
            return businessKey == null ? Optional.empty() : Optional.of(UUID.fromString(businessKey));
        } catch (IllegalArgumentException notAYoungPerson) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only an administrator may see and retry failed process steps.");
        }
    }
}
