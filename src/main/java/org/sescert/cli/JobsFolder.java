package org.sescert.cli;

import java.nio.file.Path;

/** Where the job definitions are: --jobs DIR, else the jobs folder beside the program (jobs/README.md). */
final class JobsFolder {

    private JobsFolder() {
    }

    static Path of(Path option) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = System.getenv("SESCERT_HOME");
        return (home == null || home.isBlank() ? Path.of("jobs") : Path.of(home, "jobs")).toAbsolutePath();
    }
}
