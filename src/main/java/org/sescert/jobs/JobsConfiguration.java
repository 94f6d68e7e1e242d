package org.sescert.jobs;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class JobsConfiguration {

    /**
     * The jobs a restart finds by name. Registered once every bean exists: the registry Spring
     * Batch makes for itself is filled while the job operator is created, and so misses a job whose
     * own beans need the operator (cycle-close, whose stages run the other jobs).
     */
    @Bean
    MapJobRegistry jobRegistry() {
        return new MapJobRegistry();
    }
}
