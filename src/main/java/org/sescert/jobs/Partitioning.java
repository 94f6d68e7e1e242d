package org.sescert.jobs;

import org.sescert.jobs.internal.PartitionRequests;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * How a partitioned step spreads its partitions: on threads of this process (the default, one a
 * core), or, with {@code sescert.partitioning=remote}, over worker processes ({@code sescert
 * worker}) that share the database: the manager step writes each partition's request to a queue
 * that is a table of that database ({@link PartitionRequests}) and waits, polling the job
 * repository, until the workers have run them all. The same partition step runs either way.
 *
 * <p>Settings: {@code sescert.partitions} (how many; default the cores, at least 2),
 * {@code sescert.partitioning} ({@code local} or {@code remote}), {@code sescert.partitioning.timeout-seconds}
 * (how long a manager waits for its workers; default an hour).
 */
@Component
public class Partitioning {

    private final Environment env;
    private final BeanFactory beanFactory;
    private final PartitionRequests requests;

    public Partitioning(Environment env, BeanFactory beanFactory, PartitionRequests requests) {
        this.env = env;
        this.beanFactory = beanFactory;
        this.requests = requests;
    }

    public boolean remote() {
        return "remote".equalsIgnoreCase(env.getProperty("sescert.partitioning", "local"));
    }

    public int partitions() {
        return env.getProperty("sescert.partitions", Integer.class, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Partitions run at once in this process: each holds two of the pool's eight connections (its
     * cursor and its chunk's transaction) and the job needs one, so three at most, whatever the
     * number of partitions or cores; the others wait their turn.
     */
    int threads() {
        return Math.max(1, Math.min(Math.min(partitions(), 3), env.getProperty("sescert.partitioning.threads", Integer.class, 3)));
    }

    /**
     * @param name           the manager step's name
     * @param partitionName  the partition step's bean name, which a worker process looks it up by
     */
    public Step managerStep(String name, String partitionName, Step partitionStep, Partitioner partitioner, JobRepository jobRepository) {
        if (remote()) {
            return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                    .partitioner(partitionName, partitioner)
                    .gridSize(partitions())
                    .outputChannel(requests.channel())
                    .pollInterval(500)
                    .timeout(1000L * env.getProperty("sescert.partitioning.timeout-seconds", Long.class, 3600L))
                    .beanFactory(beanFactory)
                    .build();
        }
        SimpleAsyncTaskExecutor threads = JobSteps.sideBySide(name + "-");
        threads.setConcurrencyLimit(threads());
        return new StepBuilder(name, jobRepository)
                .partitioner(partitionName, partitioner)
                .step(partitionStep)
                .gridSize(partitions())
                .taskExecutor(threads)
                .build();
    }
}
