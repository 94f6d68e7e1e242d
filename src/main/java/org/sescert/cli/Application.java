package org.sescert.cli;

import org.sescert.SescertApplication;
import org.sescert.system.DatabaseServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application (and with it the database) for a command that needs it. */
final class Application {

    private Application() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(SescertApplication.class).logStartupInfo(false).run();
    }

    /** Which database the command used, for its summary line. */
    static String database(ConfigurableApplicationContext app) {
        return app.getBean(DatabaseServer.class).description();
    }
}
