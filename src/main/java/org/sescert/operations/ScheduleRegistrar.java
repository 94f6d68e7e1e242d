package org.sescert.operations;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes Quartz's store hold exactly the definitions of a jobs folder: adds the new ones, changes
 * the changed ones, removes the ones whose file is gone, and leaves the unchanged ones alone, so
 * that they keep their next fire time and a fire missed while no scheduler ran is caught up (or
 * skipped) as the definition's misfire rule says. Replacing every trigger at start would lose
 * exactly those fires.
 *
 * One transaction for the whole sync: Quartz's store runs on the application's transactions, so
 * inside one it holds its cluster lock throughout, and two schedulers starting together register
 * one after the other.
 */
@Service
public class ScheduleRegistrar {

    static final String GROUP = "config";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRegistrar.class);

    /** One definition as the scheduler holds it: when it fires next. */
    public record Scheduled(JobDefinition definition, java.util.Date nextFire, String change) {
    }

    private final ObjectProvider<Scheduler> schedulers;
    private final TransactionTemplate transaction;
    private Scheduler scheduler;

    /** @param schedulers the scheduler, which only sescert schedule's application has */
    public ScheduleRegistrar(ObjectProvider<Scheduler> schedulers, PlatformTransactionManager transactionManager) {
        this.schedulers = schedulers;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Syncs the store with the definitions, then starts firing; returns each definition with its next fire time. */
    public List<Scheduled> start(List<JobDefinition> definitions, Path jobsFolder) throws SchedulerException {
        List<Scheduled> scheduled = register(definitions, jobsFolder);
        scheduler.start();
        return scheduled;
    }

    /** The sync alone, in one transaction; the scheduler fires nothing until it is started. */
    List<Scheduled> register(List<JobDefinition> definitions, Path jobsFolder) {
        scheduler = schedulers.getObject();
        return transaction.execute(status -> {
            try {
                return sync(definitions, jobsFolder);
            } catch (SchedulerException e) {
                throw new IllegalStateException("cannot register the job definitions with the scheduler: " + e.getMessage(), e);
            }
        });
    }

    private List<Scheduled> sync(List<JobDefinition> definitions, Path jobsFolder) throws SchedulerException {
        Set<JobKey> wanted = new HashSet<>();
        List<Scheduled> scheduled = new java.util.ArrayList<>();
        for (JobDefinition definition : definitions) {
            JobDetail job = jobOf(definition, jobsFolder);
            CronTrigger trigger = triggerOf(definition, job.getKey());
            wanted.add(job.getKey());
            String change = "unchanged";
            JobDetail oldJob = scheduler.getJobDetail(job.getKey());
            if (oldJob == null || !oldJob.getJobDataMap().equals(job.getJobDataMap()) || !oldJob.getJobClass().equals(job.getJobClass())) {
                scheduler.addJob(job, true, true);
                change = oldJob == null ? "added" : "changed";
            }
            Trigger old = scheduler.getTrigger(trigger.getKey());
            if (old == null) {
                scheduler.scheduleJob(trigger);
                change = "added";
            } else if (!sameSchedule(old, trigger)) {
                scheduler.rescheduleJob(trigger.getKey(), trigger);
                change = "changed";
            }
            LOG.info("{}: {} ({} {}, misfire {})", definition.name(), change, definition.cron(), definition.timeZone(), definition.misfire());
            scheduled.add(new Scheduled(definition, scheduler.getTrigger(trigger.getKey()).getNextFireTime(), change));
        }
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(key)) {
                scheduler.deleteJob(key);
                LOG.info("{}: removed (no longer in the jobs folder)", key.getName());
            }
        }
        return scheduled;
    }

    private static JobDetail jobOf(JobDefinition definition, Path jobsFolder) {
        return JobBuilder.newJob(ScheduledRun.class)
                .withIdentity(definition.name(), GROUP)
                .withDescription(definition.job())
                .usingJobData(ScheduledRun.DEFINITION, definition.name())
                .usingJobData(ScheduledRun.JOBS_FOLDER, jobsFolder.toAbsolutePath().normalize().toString())
                .storeDurably()
                // A fire whose scheduler died is not run again by another: its Spring Batch
                // execution is restarted with sescert restart, where it stopped.
                .requestRecovery(false)
                .build();
    }

    private static CronTrigger triggerOf(JobDefinition definition, JobKey job) {
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(definition.cron()).inTimeZone(TimeZone.getTimeZone(definition.timeZone()));
        schedule = definition.misfire().equals("skip") ? schedule.withMisfireHandlingInstructionDoNothing()
                : schedule.withMisfireHandlingInstructionFireAndProceed();
        return TriggerBuilder.newTrigger().withIdentity(definition.name(), GROUP).forJob(job).withSchedule(schedule).build();
    }

    private static boolean sameSchedule(Trigger old, CronTrigger wanted) {
        return old instanceof CronTrigger cron && Objects.equals(cron.getCronExpression(), wanted.getCronExpression())
                && Objects.equals(cron.getTimeZone().getID(), wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }
}
