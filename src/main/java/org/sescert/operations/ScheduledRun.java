package org.sescert.operations;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.sescert.system.RefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What fires when a definition's trigger comes due: takes the fire (a row of schedule_fire, so
 * that a fire time is run by one scheduler process only, whatever Quartz does), reads the
 * definition afresh and runs it. Quartz builds it through Spring, one instance per fire; the
 * annotation keeps two fires of one definition from overlapping across the cluster.
 */
@DisallowConcurrentExecution
class ScheduledRun implements Job {

    static final String DEFINITION = "definition";
    static final String JOBS_FOLDER = "jobs.folder";

    /** The console shows this logger's lines (logback-spring.xml): the operator sees each fire and how it ended. */
    private static final Logger PROGRESS = LoggerFactory.getLogger("org.sescert.progress");
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRun.class);

    private final DefinedJobs jobs;
    private final JdbcTemplate jdbc;

    ScheduledRun(DefinedJobs jobs, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getMergedJobDataMap().getString(DEFINITION);
        Path folder = Path.of(context.getMergedJobDataMap().getString(JOBS_FOLDER));
        Instant scheduled = context.getScheduledFireTime().toInstant();
        String node = node(context);
        int taken = jdbc.update("insert into schedule_fire (definition, scheduled_fire, node) values (?, ?, ?) on conflict do nothing",
                name, Timestamp.from(scheduled), node);
        if (taken == 0) {
            String holder = jdbc.queryForObject("select node from schedule_fire where definition = ? and scheduled_fire = ?", String.class,
                    name, Timestamp.from(scheduled));
            LOG.warn("{}: the fire due {} was already taken by scheduler {}; not run again", name, scheduled, holder);
            return;
        }
        PROGRESS.info("{}: fired (due {}), on {}", name, scheduled, node);
        DefinedJobs.Report report;
        try {
            report = jobs.run(JobDefinitions.named(folder, name), folder, scheduled);
        } catch (RefusedException e) {
            // The definition was edited into something unusable since the scheduler started.
            report = new DefinedJobs.Report(name, java.util.List.of(e.getMessage()), 2);
        } catch (RuntimeException e) {
            LOG.error("{}: the run failed", name, e);
            report = new DefinedJobs.Report(name, java.util.List.of("internal failure: " + DefinedJobs.firstLine(e)), 3);
        }
        for (String line : report.lines()) {
            PROGRESS.info("{}: {}", name, line);
        }
        String outcome = switch (report.exitCode()) {
            case 0 -> "done";
            case 2 -> "refused";
            case DefinedJobs.BUSY -> "busy, left for the next fire";
            default -> "failed";
        };
        jdbc.update("update schedule_fire set finished_at = now(), outcome = ? where definition = ? and scheduled_fire = ?",
                outcome + ": " + String.join(" | ", report.lines()), name, Timestamp.from(scheduled));
        PROGRESS.info("{}: {}", name, outcome);
    }

    private static String node(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }
}
