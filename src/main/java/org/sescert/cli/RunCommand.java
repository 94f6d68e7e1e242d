package org.sescert.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.sescert.operations.DefinedJobs;
import org.sescert.operations.JobDefinition;
import org.sescert.operations.JobDefinitions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a job definition of the jobs folder now, as the scheduler would when it fires.", "",
                "A cycle-close or goals-import definition takes every file of its drop folder that matches its pattern, one run",
                "each: a file moves to processing/ while it runs, then to done/ or refused/; a file whose run failed stays in",
                "processing/ until its execution is restarted (sescert restart). The format is in jobs/README.md."})
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "The definition: jobs/NAME.yml.")
    String name;

    @Option(names = "--jobs", paramLabel = "DIR", description = "The jobs folder (default: jobs/ beside the program).")
    Path jobs;

    @Override
    public Integer call() {
        Path folder = JobsFolder.of(jobs);
        // A definition that cannot run is refused before the database starts.
        JobDefinition definition = JobDefinitions.named(folder, name);
        try (ConfigurableApplicationContext app = Application.start()) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Running %s (job %s, from %s; database: %s)%n", name, definition.job(), folder.resolve(name + ".yml"), Application.database(app));
            DefinedJobs.Report report = app.getBean(DefinedJobs.class).run(definition, folder, Instant.now());
            for (String line : report.lines()) {
                out.println("  " + line);
            }
            out.flush();
            return report.exitCode();
        }
    }
}
