package org.sescert.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.sescert.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The jobs folder as Quartz's store holds it: a definition added, changed or removed is so in the
 * store; one left alone keeps its next fire time, so that a fire missed while no scheduler ran is
 * still there for the misfire rule (a registrar that replaced every trigger at start would lose it).
 */
@TestPropertySource(properties = "spring.autoconfigure.exclude=")
class ScheduleRegistrarFunctionalTests extends DatabaseTest {

    private static final Path FOLDER = Path.of("/srv/sescert/jobs");

    @Autowired
    ScheduleRegistrar registrar;

    @Autowired
    Scheduler scheduler;

    @AfterEach
    void clear() {
        registrar.register(List.of(), FOLDER);
    }

    private static JobDefinition check(String name, String cron, String misfire) {
        return new JobDefinition(name, "cycle-check", cron, "America/New_York", misfire, null, Map.of("cycle", "FY2026"));
    }

    private CronTrigger trigger(String name) throws SchedulerException {
        return (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(name, ScheduleRegistrar.GROUP));
    }

    @Test
    void aNewDefinitionIsAddedWithItsScheduleTimeZoneAndMisfireRule() throws SchedulerException {
        List<ScheduleRegistrar.Scheduled> scheduled = registrar.register(
                List.of(check("nightly", "0 0 2 * * ?", "fire-once"), check("weekly", "0 0 3 ? * SUN", "skip")), FOLDER);

        assertThat(scheduled).extracting(ScheduleRegistrar.Scheduled::change).containsExactly("added", "added");
        assertThat(trigger("nightly").getCronExpression()).isEqualTo("0 0 2 * * ?");
        assertThat(trigger("nightly").getTimeZone().getID()).isEqualTo("America/New_York");
        assertThat(trigger("nightly").getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(trigger("weekly").getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        var job = scheduler.getJobDetail(JobKey.jobKey("nightly", ScheduleRegistrar.GROUP));
        assertThat(job.getJobClass()).isEqualTo(ScheduledRun.class);
        assertThat(job.getJobDataMap().getString(ScheduledRun.JOBS_FOLDER)).isEqualTo(FOLDER.toString());
        assertThat(job.getJobDataMap().getString(ScheduledRun.DEFINITION)).isEqualTo("nightly");
        assertThat(scheduled.get(0).nextFire()).isEqualTo(trigger("nightly").getNextFireTime());
    }

    @Test
    void anUnchangedDefinitionKeepsAFireMissedWhileNoSchedulerRan() throws SchedulerException {
        registrar.register(List.of(check("nightly", "0 0 2 * * ?", "fire-once")), FOLDER);
        // The scheduler was down when this fire came due.
        long missed = System.currentTimeMillis() - 3_600_000;
        jdbc.update("update qrtz_triggers set next_fire_time = ? where trigger_name = 'nightly' and trigger_group = ?", missed, ScheduleRegistrar.GROUP);

        List<ScheduleRegistrar.Scheduled> again = registrar.register(List.of(check("nightly", "0 0 2 * * ?", "fire-once")), FOLDER);

        assertThat(again).extracting(ScheduleRegistrar.Scheduled::change).containsExactly("unchanged");
        assertThat(trigger("nightly").getNextFireTime().getTime()).isEqualTo(missed);
    }

    @Test
    void aChangedScheduleIsRescheduledAndARemovedDefinitionIsDeleted() throws SchedulerException {
        registrar.register(List.of(check("nightly", "0 0 2 * * ?", "fire-once"), check("weekly", "0 0 3 ? * SUN", "skip")), FOLDER);

        List<ScheduleRegistrar.Scheduled> changed = registrar.register(List.of(check("nightly", "0 30 4 * * ?", "skip")), FOLDER);

        assertThat(changed).extracting(ScheduleRegistrar.Scheduled::change).containsExactly("changed");
        assertThat(trigger("nightly").getCronExpression()).isEqualTo("0 30 4 * * ?");
        assertThat(trigger("nightly").getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        assertThat(trigger("weekly")).isNull();
        assertThat(scheduler.checkExists(JobKey.jobKey("weekly", ScheduleRegistrar.GROUP))).isFalse();
        assertThat(count("select count(*) from qrtz_job_details where job_group = ?", ScheduleRegistrar.GROUP)).isEqualTo(1);
    }
}
