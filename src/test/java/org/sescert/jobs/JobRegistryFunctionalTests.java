package org.sescert.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sescert.support.DatabaseTest;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;

/** sescert restart finds a job by its name in the registry: every job must be there. */
class JobRegistryFunctionalTests extends DatabaseTest {

    @Autowired
    JobRegistry registry;

    @Autowired
    List<Job> jobs;

    @Test
    void everyJobCanBeFoundByNameForARestart() {
        assertThat(registry.getJobNames()).containsExactlyInAnyOrderElementsOf(jobs.stream().map(Job::getName).toList())
                .contains("cycle-import", "cycle-check", "certification-report", "goals-import", "goals-review", "cycle-close");
    }
}
