package app.waypoint.engine;

import app.waypoint.shared.PlainSql;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives a due date ("now") to any job written without one. Since engine migration V32 the job executor takes only jobs due
 * by their date (README "Performance", "Jobs found by their due date"), and this version of Waypoint never writes a job
 * without one; but a replica of an older version, still running beside a new one during a rolling update, may. Its jobs
 * would then wait for nobody once it has stopped; this finds them within a minute (an index lookup, nothing to do normally).
 */
@ApplicationScoped
class JobDueDates {

    private static final String GIVE_DUE_DATES = "update ACT_RU_JOB set DUEDATE_ = localtimestamp where DUEDATE_ is null";

    private final PlainSql sql;

    JobDueDates(PlainSql sql) {
        this.sql = sql;
    }

    @Scheduled(identity = "job-due-dates", every = "1m", delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    void giveDueDates() {
        int given = sql.update(GIVE_DUE_DATES);
        if (given > 0) {
            Log.infof("Gave %d job(s) without a due date one, so that the job executor takes them", given);
        }
    }
}
