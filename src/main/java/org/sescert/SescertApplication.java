package org.sescert;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * sescert: SES appraisal-cycle import, checks and certification evidence, as batch jobs. This is
 * the Spring configuration the commands start when they need the database; the program's entry
 * point is {@link org.sescert.cli.Main}, so that the command line comes first and Spring only
 * for the commands that need it.
 */
@SpringBootApplication
public class SescertApplication {
}
