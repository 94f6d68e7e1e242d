package org.sescert.jobs;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/** The pieces every job's configuration builds its steps from. */
public final class JobSteps {

    private JobSteps() {
    }

    /** A step that runs one tasklet in one transaction. */
    public static Step tasklet(String name, Tasklet tasklet, JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    /**
     * Threads for steps that run side by side (a split flow, local partitions): each starts with the
     * logging context of the thread that started it, so its lines still name the job and cycle.
     */
    public static SimpleAsyncTaskExecutor sideBySide(String threadPrefix) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(threadPrefix);
        threads.setTaskDecorator(LogContext.copied());
        return threads;
    }
}
