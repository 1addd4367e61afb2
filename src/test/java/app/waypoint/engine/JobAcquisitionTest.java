package app.waypoint.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * The job executor finds due jobs by their due date (engine migration V32, README "Performance"): every job the engine writes
 * has one, and an acquisition takes the due ones, earliest first, and leaves the timers still ahead.
 */
@QuarkusTest
class JobAcquisitionTest {

    private final ProcessEngine engine;
    private final ManagementService management;
    private final PeopleFixtures people;
    private final TestClock clock;
    private final AgroalDataSource dataSource;
    private final JobDueDates dueDates;

    JobAcquisitionTest(ProcessEngine engine, ManagementService management, PeopleFixtures people, TestClock clock,
                       AgroalDataSource dataSource, JobDueDates dueDates) {
        this.engine = engine;
        this.dueDates = dueDates;
        this.management = management;
        this.people = people;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    @Test
    void shouldAcquireTheDueEscalationStepAndNotTheOnesAhead() throws SQLException {
        // given a transition's two open tasks, each with its escalation chain's first step (a timer weeks ahead)
        TeamFixture team = people.team();
        UUID youngPersonId = people.youngPerson(team, clock.today().minusYears(15).minusMonths(10),
                clock.today().minusYears(2), true);
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(201);
        List<String> steps = stepJobsOf(youngPersonId);
        assertThat(steps).hasSize(2);
        // and one of them falls due a minute ago
        String due = steps.get(0);
        execute("update act_ru_job set duedate_ = ? where id_ = ?", new Timestamp(ClockUtil.getCurrentTime().getTime() - 60_000), due);

        // when the job executor acquires
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AcquiredJobs acquired = configuration.getCommandExecutorTxRequired()
                .execute(new AcquireJobsCmd(configuration.getJobExecutor(), 1000));

        // then it takes the due step and not the one still ahead
        try {
            List<String> taken = acquired.getJobIdBatches().stream().flatMap(List::stream).toList();
            assertThat(taken).contains(due).doesNotContain(steps.get(1));
        } finally {
            execute("update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where lock_owner_ is not null");
        }
    }

    @Test
    void shouldGiveAJobOfNoTimeTheTimeItIsWritten() {
        // given any job, and a batch that changes its retries: the batch's seed job is a message, "run now"
        Job any = management.createJobQuery().timers().listPage(0, 1).get(0);
        Batch batch = management.setJobRetriesAsync(List.of(any.getId()), any.getRetries());
        try {
            // then the seed job has a due date, so the acquisition's range on due dates finds it
            Job seed = management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult();
            assertThat(seed.getDuedate()).isNotNull();
        } finally {
            management.deleteBatch(batch.getId(), true);
        }
    }

    @Test
    void shouldGiveAJobAnOlderReplicaWroteWithoutADueDateOneWithinTheMinute() throws SQLException {
        // given a job without a due date, as a replica of an older version may write one during a rolling update
        Job any = management.createJobQuery().timers().listPage(0, 1).get(0);
        execute("update act_ru_job set duedate_ = null where id_ = ?", any.getId());
        try {
            // when the minute's sweep runs
            dueDates.giveDueDates();

            // then the job is due now, where the job executor's acquisition finds it
            assertThat(management.createJobQuery().jobId(any.getId()).singleResult().getDuedate()).isNotNull();
        } finally {
            execute("update act_ru_job set duedate_ = ? where id_ = ?", new Timestamp(any.getDuedate().getTime()), any.getId());
        }
    }

    private List<String> stepJobsOf(UUID youngPersonId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select c.job_id from waypoint.escalation_chain c "
                     + "join act_ru_task t on t.id_ = c.task_id join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                     + "where e.business_key_ = ? order by c.job_id")) {
            query.setString(1, youngPersonId.toString());
            try (var rows = query.executeQuery()) {
                List<String> jobs = new ArrayList<>();
                while (rows.next()) {
                    jobs.add(rows.getString(1));
                }
                return jobs;
            }
        }
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        }
    }
}
