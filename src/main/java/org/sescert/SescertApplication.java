package org.sescert;

import org.sescert.cli.SescertCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * sescert: SES appraisal-cycle import, checks and certification evidence, as batch jobs.
 * The command line comes first; Spring (and the database) start only for commands that need them.
 */
@SpringBootApplication
public class SescertApplication {

    public static void main(String[] args) {
        System.exit(SescertCommand.execute(args));
    }
}
