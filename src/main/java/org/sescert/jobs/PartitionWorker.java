package org.sescert.jobs;

import java.util.concurrent.atomic.AtomicBoolean;

import org.sescert.jobs.internal.PartitionRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * A worker process's loop ({@code sescert worker}): takes partition requests from the queue one at
 * a time and runs each partition's step, looked up by its bean name, against the shared job
 * repository, where the manager sees it finish. It stops between partitions: a partition it has
 * started always ends, recorded, before the process does.
 */
@Component
public class PartitionWorker {

    private static final Logger LOG = LoggerFactory.getLogger("org.sescert.progress");

    private final PartitionRequests requests;
    private final JobRepository jobRepository;
    private final StepExecutionRequestHandler handler;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public PartitionWorker(PartitionRequests requests, JobRepository jobRepository, BeanFactory beanFactory) {
        this.requests = requests;
        this.jobRepository = jobRepository;
        BeanFactoryStepLocator steps = new BeanFactoryStepLocator();
        steps.setBeanFactory(beanFactory);
        this.handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
    }

    /** Runs partitions until {@link #stop()}; returns how many it ran. */
    public int run() {
        int done = 0;
        while (!stopping.get()) {
            Message<?> message;
            try {
                message = requests.channel().receive(250);
            } catch (RuntimeException e) {
                // The database may be restarting: wait and ask again rather than leave the queue unserved.
                LOG.warn("worker {} cannot read the partition queue: {}", ProcessHandle.current().pid(), e.getMessage());
                pause();
                continue;
            }
            if (message == null) {
                continue;
            }
            StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
            if (!stillWanted(request)) {
                continue;
            }
            try {
                StepExecution execution = handler.handle(request);
                done++;
                LOG.info("partition {} (step execution {}) {} in worker {}", execution.getStepName(), execution.getId(), execution.getStatus(),
                        ProcessHandle.current().pid());
            } catch (RuntimeException e) {
                // The partition's step records its own failure for the manager; the worker serves the next request.
                LOG.warn("worker {} could not run step execution {}: {}", ProcessHandle.current().pid(), request.getStepExecutionId(),
                        org.sescert.system.OneLine.first(String.valueOf(e.getMessage())));
            }
        }
        return done;
    }

    /**
     * A request is run only while its manager waits for it: a step execution not yet started, in a
     * job execution still running. A request left in the queue by a manager that timed out or was
     * killed (its job failed, or restarted with new partitions) is dropped, so that the same range
     * of executives is never checked twice.
     */
    private boolean stillWanted(StepExecutionRequest request) {
        StepExecution step = jobRepository.getStepExecution(request.getStepExecutionId());
        boolean wanted = step != null && step.getStatus() == BatchStatus.STARTING && step.getJobExecution().getStatus().isRunning();
        if (!wanted) {
            LOG.info("worker {} drops a request for step execution {}: {}", ProcessHandle.current().pid(), request.getStepExecutionId(),
                    step == null ? "it no longer exists" : "its job is " + step.getJobExecution().getStatus() + ", the step " + step.getStatus());
        }
        return wanted;
    }

    private static void pause() {
        try {
            Thread.sleep(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void stop() {
        stopping.set(true);
    }
}
