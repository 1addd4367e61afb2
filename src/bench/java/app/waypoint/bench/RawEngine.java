package app.waypoint.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The raw ceiling of issue 19: the same model ({@code bpmn/leaving-care-transition.bpmn}) started and completed through the engine's Java API in the benchmark's own JVM, on the same PostgreSQL,
 * with the same history level (full), pool size (8) and index on subtasks, in one of two places ({@link Ceiling}): a database of its own, or
 * the council's tables. What Waypoint does around
 * the engine is done here the engine's plainest way, so the ratio shows what Waypoint's own work costs: each new task is
 * offered to a team's group and gets an escalation chain (one timer job with its own job handler, as in Waypoint since
 * V88), and completing a task stops its chain by deleting its job. Left out, being Waypoint's own and not the engine's: authentication, the
 * visibility check, the form check, the audit, the chain's link table, the escalation records and the tasklist's copy of the open tasks. The models' expressions
 * call stand-ins for Waypoint's beans (fixed due dates and assignees).
 */
final class RawEngine implements AutoCloseable {

    /** Where the engine runs: the operations' names in the table, and the words of the ratios' heading. */
    enum Ceiling {

        /**
         * A database of its own, {@code bench_raw}, made afresh each run: the engine's rows and indexes as small as they come
         * (its own starts and completions only).
         */
        OWN_DATABASE("in-process start transition (engine API)", "in-process complete Assess needs (engine API)", "its own database"),

        /**
         * The council's own tables, those the REST windows wrote to (the service's database, once the service has stopped),
         * with Waypoint's triggers on {@code ACT_RU_TASK} (the tasklist's copy of the open tasks) switched off while it runs:
         * the same inserts into indexes over 200,000 open and 1,000,000 historic tasks that a REST start pays, which cost 1.3–1.7
         * times a row of the small database's (session 21, README "At national scale"). Only on the embedded PostgreSQL,
         * whose seeded copy the next run puts back.
         */
        COUNCIL_TABLES("in-process start transition (council's tables)", "in-process complete Assess needs (council's tables)",
                "the council's tables (the service's database, Waypoint's triggers off)");

        private final String start;
        private final String complete;
        private final String where;

        Ceiling(String start, String complete, String where) {
            this.start = start;
            this.complete = complete;
            this.where = where;
        }

        String start() {
            return start;
        }

        String complete() {
            return complete;
        }

        String where() {
            return where;
        }
    }

    private static final String DATABASE = "bench_raw";
    private static final String WAYPOINT_TRIGGERS_OFF = "alter table act_ru_task disable trigger user";
    private static final String WAYPOINT_TRIGGERS_ON = "alter table act_ru_task enable trigger user";
    private static final String TEAM_GROUP = "worker:bench";
    /** The chain's step job: never run here (no job executor), only scheduled and cancelled. */
    private static final String STEP_JOB = "escalation-step";

    private final BenchDatabase database;
    private final Ceiling ceiling;
    private final ProcessEngine engine;
    private final ConcurrentLinkedQueue<String> assessNeeds = new ConcurrentLinkedQueue<>();
    private final Map<String, String> chains = new ConcurrentHashMap<>();

    private RawEngine(BenchDatabase database, Ceiling ceiling) throws Exception {
        this.database = database;
        this.ceiling = ceiling;
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(ceiling == Ceiling.OWN_DATABASE ? database.url().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + DATABASE) : database.url());
        configuration.setJdbcUsername(database.user());
        configuration.setJdbcPassword(database.password());
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcMaxActiveConnections(8);
        // Waypoint's ids (the Quarkus extension's default): the engine's own DbIdGenerator takes a block of ids in a second
        // connection while the command holds one, so 16 threads on 8 connections starved the pool until it reclaimed
        // connections in use ("Connection is invalid", the failures of the first national run at c=16)
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJdbcMaxIdleConnections(8);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setCmmnEnabled(false);
        configuration.setDmnEnabled(false);
        configuration.setTaskMetricsEnabled(false);
        configuration.setBeans(Map.of("transitionSchedule", new Schedule(), "transitionAssignees", new Assignees()));
        configuration.setCustomJobHandlers(List.of(new ChainStepHandler()));
        // a mutable list: the engine adds its own listeners to it
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new WaypointTaskEvents())));
        engine = configuration.buildProcessEngine();
        // the index on subtasks that Waypoint adds to the engine's tables (db/engine/V31): without it every completion here read
        // all the open tasks (8.2 ms of a 16.5 ms completion at 72k open tasks), and the ceiling measured the missing index
        try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists wp_idx_task_parent on act_ru_task (parent_task_id_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        engine.getRepositoryService().createDeployment().name("bench-raw")
                .addString("leaving-care-transition.bpmn", Files.readString(Path.of("bpmn", "leaving-care-transition.bpmn"))).deploy();
    }

    /** Starts the engine where the ceiling says: on its own database made afresh, or on the council's tables with Waypoint's triggers off. */
    static RawEngine start(BenchDatabase database, Ceiling ceiling) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (ceiling == Ceiling.OWN_DATABASE) {
                statement.execute("drop database if exists " + DATABASE + " with (force)");
                statement.execute("create database " + DATABASE);
            } else {
                statement.execute(WAYPOINT_TRIGGERS_OFF);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare " + ceiling.where() + " for the raw engine", e);
        }
        return new RawEngine(database, ceiling);
    }

    /** Starts {@code count} transitions untimed, so that the completions have tasks to complete. */
    void seed(int count) {
        for (int i = 0; i < count; i++) {
            startTransition();
        }
    }

    /** A transition started: one process instance, two tasks, each with its escalation chain (3 instances in all). */
    Function<ThreadLocalRandom, Optional<LoadDriver.Call>> starts() {
        return random -> Optional.of(() -> {
            startTransition();
            return null;
        });
    }

    /** "Assess needs" completed with its form's values: the next task opens with its chain, the old chain stops. */
    Function<ThreadLocalRandom, Optional<LoadDriver.Call>> completions() {
        return random -> Optional.ofNullable(assessNeeds.poll()).map(taskId -> () -> {
            engine.getTaskService().complete(taskId, Map.of("assessmentSummary", "Benchmark assessment", "youngPersonConsulted", true));
            return null;
        });
    }

    /** "Assess needs" tasks open for {@link #completions()}: those of every transition started so far, less those completed. */
    int assessNeedsLeft() {
        return assessNeeds.size();
    }

    private void startTransition() {
        String youngPerson = UUID.randomUUID().toString();
        engine.getRuntimeService().startProcessInstanceByKey("LeavingCareTransitionProcess", youngPerson,
                Map.of("youngPersonId", youngPerson, "teamId", "bench", "fosterPlacement", false));
    }

    @Override
    public void close() throws SQLException {
        engine.close();
        if (ceiling == Ceiling.COUNCIL_TABLES) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute(WAYPOINT_TRIGGERS_ON);
            }
        }
    }

    /** Waypoint's task events (TaskLifecycle, EscalationChains) as plain task listeners added to every user task. */
    private final class WaypointTaskEvents extends AbstractBpmnParseListener {

        private final TaskListener created = this::created;
        private final TaskListener completed = this::completed;

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, created);
            definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
        }

        private void created(DelegateTask task) {
            task.addCandidateGroup(TEAM_GROUP);
            if (task.getDueDate() != null) {
                Instant due = task.getDueDate().toInstant();
                String timetable = String.join(" ", due.minus(Duration.ofDays(14)).toString(), due.plus(Duration.ofDays(1)).toString(),
                        due.plus(Duration.ofDays(8)).toString(), due.plus(Duration.ofDays(15)).toString());
                TimerEntity step = new TimerEntity();
                step.setJobHandlerType(STEP_JOB);
                step.setJobHandlerConfigurationRaw(String.join(" ", "REMINDER", task.getId(), task.getId(), timetable));
                step.setDuedate(Date.from(due.minus(Duration.ofDays(14))));
                Context.getCommandContext().getJobManager().schedule(step);
                chains.put(task.getId(), step.getId());
            }
            if ("Task_AssessNeeds".equals(task.getTaskDefinitionKey())) {
                assessNeeds.add(task.getId());
            }
        }

        private void completed(DelegateTask task) {
            String chain = chains.remove(task.getId());
            if (chain != null) {
                JobEntity step = Context.getCommandContext().getJobManager().findJobById(chain);
                if (step != null) {
                    step.delete();
                }
            }
        }
    }

    /** The chain's step handler: registered so that the engine knows the job type; the benchmark never runs a step. */
    private static final class ChainStepHandler implements JobHandler<ChainStepHandler.Step> {

        @Override
        public String getType() {
            return STEP_JOB;
        }

        @Override
        public void execute(Step step, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
            throw new UnsupportedOperationException("the benchmark runs no job");
        }

        @Override
        public Step newConfiguration(String canonicalString) {
            return new Step(canonicalString);
        }

        @Override
        public void onDelete(Step step, JobEntity job) {
            // nothing kept beside the job
        }

        private record Step(String text) implements JobHandlerConfiguration {

            @Override
            public String toCanonicalString() {
                return text;
            }
        }
    }

    /** Stand-in for TransitionSchedule: every step due some weeks ahead. */
    public static final class Schedule {

        public Date personalAdviserDue(String youngPersonId) {
            return weeksAhead(4);
        }

        public Date needsAssessmentDue(String youngPersonId) {
            return weeksAhead(6);
        }

        public Date pathwayPlanDue(String youngPersonId) {
            return weeksAhead(12);
        }

        private static Date weeksAhead(int weeks) {
            return Date.from(Instant.now().plus(Duration.ofDays(7L * weeks)));
        }
    }

    /** Stand-in for TransitionAssignees: every task to one worker. */
    public static final class Assignees {

        public String socialWorker(String youngPersonId) {
            return "bench.worker";
        }

        public String personalAdviser(String youngPersonId) {
            return "bench.adviser";
        }
    }
}
