package org.sescert.cli;

import org.sescert.SescertApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application (and with it the database) for a command that needs it. */
final class Application {

    private Application() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SescertApplication.class).logStartupInfo(false).run();
    }
}
