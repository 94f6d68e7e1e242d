package org.sescert.operations;

import java.util.List;
import java.util.Optional;

import org.sescert.jobs.JobRunner;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How a restarted cycle-close resumes a stage: the stage's own job ran in an earlier attempt of
 * this close, so it is not started afresh (a second load of the same file) but restarted where it
 * stopped, or, if it had completed before the close stopped, taken as it is.
 */
@Component
class CloseStages {

    private final JdbcTemplate jdbc;
    private final JobRepository repository;
    private final JobRunner jobs;

    CloseStages(JdbcTemplate jdbc, JobRepository repository, JobRunner jobs) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.jobs = jobs;
    }

    /**
     * The latest execution of the stage's job for the cycle since this close was first attempted,
     * finished: restarted if it failed or was interrupted. Empty on a close's first attempt.
     */
    Optional<JobExecution> resumed(JobExecution close, String stageJob, String cycleId) {
        long instance = close.getJobInstance().getInstanceId();
        List<Long> earlier = jdbc.queryForList("""
                select e.job_execution_id
                from batch_job_execution e
                join batch_job_instance i on i.job_instance_id = e.job_instance_id
                join batch_job_execution_params k on k.job_execution_id = e.job_execution_id
                     and k.parameter_name = 'subject.id' and k.parameter_value = ?
                where i.job_name = ?
                  and (select count(*) from batch_job_execution c where c.job_instance_id = ?) > 1
                  and e.create_time >= (select min(c.create_time) from batch_job_execution c where c.job_instance_id = ?)
                order by e.job_execution_id desc limit 1""", Long.class, cycleId, stageJob, instance, instance);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        JobExecution execution = repository.getJobExecution(earlier.get(0));
        return Optional.of(execution.getStatus() == BatchStatus.COMPLETED ? execution : jobs.restart(execution.getId()));
    }
}
