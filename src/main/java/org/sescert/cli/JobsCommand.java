package org.sescert.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sescert.jobs.JobHistory;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"Lists the latest job executions: job, cycle or quarter, status, start, duration, rows read, written",
                "and skipped (summed over the steps), and the exit message. A failed or interrupted execution resumes with",
                "sescert restart EXECUTION_ID."})
final class JobsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many executions, latest first (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more, not " + limit);
        }
        try (ConfigurableApplicationContext app = Application.start()) {
            List<JobHistory.Execution> executions = app.getBean(JobHistory.class).latest(limit);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Job executions, latest first (database: %s)%n", Application.database(app));
            if (executions.isEmpty()) {
                out.println("No job has run yet.");
                return ExitCodes.OK;
            }
            out.printf("  %9s  %-20s %-16s %-11s %-19s %9s %9s %9s %8s  %s%n", "execution", "job", "for", "status", "started", "took", "read",
                    "written", "skipped", "exit message");
            boolean interrupted = false;
            for (JobHistory.Execution e : executions) {
                String status = e.interrupted() ? "INTERRUPTED" : e.status();
                interrupted |= e.interrupted();
                out.printf("  %9d  %-20s %-16s %-11s %-19s %9s %9d %9d %8d  %s%n", e.id(), e.job(), e.subject() == null ? "" : e.subject(), status,
                        e.start() == null ? "" : e.start().format(WHEN), e.interrupted() ? "-" : took(e.duration()), e.read(), e.written(), e.skipped(), e.exitMessage());
            }
            if (interrupted) {
                out.println("INTERRUPTED: the process running it stopped (killed, or the machine went down); sescert restart EXECUTION_ID resumes it.");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String took(Duration duration) {
        if (duration == null) {
            return "";
        }
        long seconds = duration.toSeconds();
        return seconds < 60 ? String.format(Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0)
                : seconds < 3600 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
