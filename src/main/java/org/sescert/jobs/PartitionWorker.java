package org.sescert.jobs;

import java.util.concurrent.atomic.AtomicBoolean;

import org.sescert.jobs.internal.PartitionRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final StepExecutionRequestHandler handler;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public PartitionWorker(PartitionRequests requests, JobRepository jobRepository, BeanFactory beanFactory) {
        this.requests = requests;
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
            StepExecution execution = handler.handle(request);
            done++;
            LOG.info("partition {} (step execution {}) {} in worker {}", execution.getStepName(), execution.getId(), execution.getStatus(),
                    ProcessHandle.current().pid());
        }
        return done;
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
