package app.waypoint.engine;

/**
 * A feature's own kind of timer job ({@link OwnJobs}): a bean implementing this is registered with the engine as a custom job
 * handler (EngineConfiguration), without Camunda's types in the feature. Its jobs are machinery: no engine history.
 */
public interface OwnJobHandler {

    /** The job handler type, stored with each job. */
    String type();

    /** Runs a job that has come due, inside the job's transaction; {@code jobConfiguration} is what it was scheduled with. */
    void run(String jobId, String jobConfiguration);
}
