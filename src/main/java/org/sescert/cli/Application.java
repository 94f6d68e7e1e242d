package org.sescert.cli;

import org.sescert.SescertApplication;
import org.sescert.system.DataFolder;
import org.sescert.system.DatabaseServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application (and with it the database) for a command that needs it. */
final class Application {

    private Application() {
    }

    static ConfigurableApplicationContext start() {
        return start(false);
    }

    /** @param scheduler with the Quartz scheduler, which only sescert schedule needs (application.properties) */
    static ConfigurableApplicationContext start(boolean scheduler) {
        // The log file lives in the data folder, wherever the command runs; the tests and verbose runs may say otherwise.
        if (System.getProperty("sescert.log-dir") == null) {
            System.setProperty("sescert.log-dir", DataFolder.resolve().resolve("logs").toString());
        }
        return new SpringApplicationBuilder(SescertApplication.class).logStartupInfo(false)
                .run(scheduler ? new String[] {"--spring.autoconfigure.exclude="} : new String[0]);
    }

    /** Framework and library logging on the console too, for --verbose. */
    static void verbose() {
        System.setProperty("sescert.console-log-level", "INFO");
    }

    /** Which database the command used, for its summary line. */
    static String database(ConfigurableApplicationContext app) {
        return app.getBean(DatabaseServer.class).description();
    }
}
