package org.sescert.jobs;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.sescert.system.RefusedException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Starts every job the same way: takes the lock of its subject (one run of an activity per
 * cycle or quarter at a time, across processes), records the run, starts the job, and turns its
 * end into an outcome: the completed execution, a refusal the user must act on (exit 2), or a
 * failure that can be restarted (exit 3). Each capability keeps its own run record and outcome;
 * only the launching lives here.
 */
@Service
public class JobRunner {

    static final String ACTIVITY = "subject.activity";
    static final String SUBJECT = "subject.id";
    static final String LABEL = "subject.label";

    private final JobOperator operator;
    private final JobRepository repository;
    private final DataSource dataSource;

    public JobRunner(JobOperator operator, JobRepository repository, DataSource dataSource) {
        this.operator = operator;
        this.repository = repository;
        this.dataSource = dataSource;
    }

    /**
     * @param recordRun records the run (a load, a check run) under the subject's lock and returns
     *                  the job's parameters, which name that record
     * @return the completed execution
     * @throws RefusedException    when another run holds the subject, or the job refused its input
     * @throws JobFailedException  when the job failed for any other reason
     */
    public JobExecution start(Job job, Subject subject, Supplier<? extends JobRequest> recordRun) {
        try (SubjectLock lock = SubjectLock.acquire(dataSource, subject)) {
            JobParameters parameters = new JobParametersBuilder(recordRun.get().toJobParameters())
                    .addString(ACTIVITY, subject.activity(), false)
                    .addString(SUBJECT, subject.id(), false)
                    .addString(LABEL, subject.label(), false)
                    .toJobParameters();
            JobExecution execution;
            try (var logged = inLog(job.getName(), subject)) {
                execution = operator.start(job, parameters);
            } catch (Exception e) {
                throw new JobFailedException("the " + job.getName() + " job could not start: " + firstLine(e), -1, e);
            }
            return completed(execution);
        }
    }

    /**
     * Resumes a failed, stopped or killed execution where it stopped, under the same lock as a
     * start. An execution a killed process left STARTED is recognised by its free lock (no live
     * process holds its subject) and marked failed first, so that it can be restarted.
     *
     * @throws RefusedException when there is no such execution, it is still running, or it cannot be restarted
     */
    public JobExecution restart(long executionId) {
        JobExecution previous = repository.getJobExecution(executionId);
        if (previous == null) {
            throw new RefusedException("there is no job execution " + executionId + "; sescert jobs lists them.");
        }
        if (previous.getStatus() == BatchStatus.COMPLETED) {
            throw new RefusedException("job execution " + executionId + " (" + previous.getJobInstance().getJobName() + ") completed; there is nothing to restart.");
        }
        Subject subject = subjectOf(previous.getJobParameters());
        try (SubjectLock lock = SubjectLock.acquire(dataSource, subject)) {
            if (previous.getStatus().isRunning()) {
                // We hold the subject's lock, so no process is running it: the one that was died.
                previous = operator.recover(previous);
            }
            // A partition a killed worker process was running stays STARTED in a job its manager failed
            // (the manager's wait timed out): it is marked failed too, so that the restart runs it again.
            for (StepExecution step : previous.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED
                            .addExitDescription("its process ended without recording how; marked failed for the restart"));
                    step.setEndTime(LocalDateTime.now());
                    try {
                        repository.update(step);
                    } catch (OptimisticLockingFailureException e) {
                        // A worker is still running it and just recorded a commit: the manager's end did not end it.
                        throw new RefusedException("job execution " + executionId + " cannot be restarted yet: its partition "
                                + step.getStepName() + " is still being run by a worker; wait for it to finish, or stop that worker.");
                    }
                }
            }
            JobExecution execution;
            try (var logged = inLog(previous.getJobInstance().getJobName(), subject)) {
                execution = operator.restart(previous);
            } catch (Exception e) {
                throw new RefusedException("job execution " + executionId + " cannot be restarted: " + firstLine(e), e);
            }
            return completed(execution);
        }
    }

    /** Every log line while the job runs names it and its subject (the jobs run on this thread). */
    private static AutoCloseable inLog(String job, Subject subject) {
        org.slf4j.MDC.put("job", job);
        org.slf4j.MDC.put("subject", subject.id());
        return () -> {
            org.slf4j.MDC.remove("job");
            org.slf4j.MDC.remove("step");
            org.slf4j.MDC.remove("subject");
        };
    }

    /** The subject a job's parameters name. */
    public static Subject subjectOf(JobParameters parameters) {
        return new Subject(parameters.getString(ACTIVITY), parameters.getString(SUBJECT), parameters.getString(LABEL));
    }

    private static JobExecution completed(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return execution;
        }
        List<Throwable> failures = execution.getAllFailureExceptions();
        RefusedException refusal = refusal(failures);
        if (refusal != null) {
            throw refusal;
        }
        Throwable cause = failures.stream().findFirst().orElse(null);
        throw new JobFailedException(execution.getJobInstance().getJobName() + " job execution " + execution.getId() + " ended "
                + execution.getStatus() + (cause == null ? "" : ": " + firstLine(cause)), execution.getId(), cause);
    }

    /** A refusal raised inside a step: the input must be fixed, and the job says so in the user's words. */
    public static RefusedException refusal(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RefusedException refusal) {
                    return refusal;
                }
            }
        }
        return null;
    }

    /** The root cause's first line: a database error's later lines quote the row it failed on, a Privacy Act record. */
    static String firstLine(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
